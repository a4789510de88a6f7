"""Form details a first-time visitor meets: no '---------' in a select, no colon after a label,
and the journal's share checkbox named by its label and described by its help."""

import re

import pytest

from portal.factories import GoalFactory

pytestmark = pytest.mark.django_db

PLACEHOLDER = re.compile(r"<option[^>]*>\s*-{9}\s*</option>")


@pytest.mark.parametrize(
    ("url", "empty"),
    [("/portal/journal/new/", "Not about a goal"), ("/portal/goals/new/", None)],
)
def test_client_selects_name_their_empty_choice(client, client_profile, url, empty):
    GoalFactory(client=client_profile)
    client.force_login(client_profile.user)
    html = client.get(url).content.decode()
    assert not PLACEHOLDER.search(html)
    if empty:
        assert f">{empty}</option>" in html


@pytest.mark.parametrize(
    ("path", "empty"),
    [("homework/new/", "Not for a goal"), ("", "Choose a measure"), ("sessions/new/", None)],
)
def test_coach_selects_name_their_empty_choice(
    client, client_profile, sign_in_with_code, path, empty
):
    GoalFactory(client=client_profile)
    sign_in_with_code(client, client_profile.coach.user)
    html = client.get(f"/portal/coach/clients/{client_profile.pk}/{path}").content.decode()
    assert not PLACEHOLDER.search(html)
    if empty:
        assert f">{empty}</option>" in html


def test_share_checkbox_is_labelled_beside_and_described_by_its_help(client, client_profile):
    client.force_login(client_profile.user)
    html = client.get("/portal/journal/new/").content.decode()
    row = re.search(r'<span class="field__check">(.*?)</span>', html, re.S).group(1)
    box = r'<input type="checkbox" name="shared"[^>]*aria-describedby="id_shared_helptext"'
    assert re.search(box, row)
    assert '<label for="id_shared">' in row
    assert 'id="id_shared_helptext"' in html


@pytest.mark.parametrize("url", ["/accounts/login/", "/accounts/password/reset/"])
def test_account_labels_have_no_colon(client, url):
    html = client.get(url).content.decode()
    labels = re.findall(r"<label[^>]*>(.*?)</label>", html, re.S)
    assert labels and not [label for label in labels if label.strip().endswith(":")]


def test_a_form_with_an_error_keeps_the_labels_plain(client):
    response = client.post("/accounts/login/", {"login": "nobody@example.com", "password": "x"})
    html = response.content.decode()
    assert response.status_code == 200 and "Email:" not in html

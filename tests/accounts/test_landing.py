"""Signing in lands each person where they work, and the header links there."""

import pytest

from accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, user, next_url=None):
    url = "/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": user.email, "password": PASSWORD})


def test_a_client_lands_in_their_portal(client, client_profile):
    assert sign_in(client, client_profile.user)["Location"] == "/portal/"


def test_a_coach_lands_in_the_coach_portal_after_their_code(client, coach, sign_in_with_code):
    assert sign_in_with_code(client, coach.user)["Location"] == "/portal/coach/"


@pytest.mark.parametrize("role", ["editor", "owner"])
def test_editors_and_the_owner_land_in_the_admin(client, role, request):
    assert sign_in(client, request.getfixturevalue(role))["Location"] == "/admin/"


def test_someone_with_no_workspace_lands_on_the_home_page(client):
    assert sign_in(client, UserFactory())["Location"] == "/"


def test_a_page_asked_for_comes_first(client, client_profile):
    response = sign_in(client, client_profile.user, next_url="/portal/goals/")
    assert response["Location"] == "/portal/goals/"


@pytest.mark.parametrize("unsafe", ["https://elsewhere.example/", "//elsewhere.example/"])
def test_a_next_address_off_the_site_is_ignored(client, client_profile, unsafe):
    assert sign_in(client, client_profile.user, next_url=unsafe)["Location"] == "/portal/"


@pytest.mark.parametrize(
    ("role", "link"),
    [
        ("client_profile", '<a class="site-header__workspace" href="/portal/">Your portal</a>'),
        ("editor", '<a class="site-header__workspace" href="/admin/">Admin</a>'),
    ],
)
def test_the_header_links_to_the_workspace(client, home_page, role, link, request):
    person = request.getfixturevalue(role)
    client.force_login(getattr(person, "user", person))
    assert link in client.get("/").content.decode()


def test_the_coach_header_links_to_the_coach_portal(client, home_page, coach, sign_in_with_code):
    sign_in_with_code(client, coach.user)
    html = client.get("/").content.decode()
    assert '<a class="site-header__workspace" href="/portal/coach/">Coach portal</a>' in html


def test_a_visitor_sees_no_workspace_link(client, home_page):
    html = client.get("/").content.decode()
    assert "site-header__workspace" not in html and "Sign in" in html

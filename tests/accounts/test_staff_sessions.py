"""The owner's and editors' sessions end after 2 hours idle and 12 hours in all; sign-in
limits count each visitor by their own address, behind a proxy too."""

import time

import pytest

from accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, user, **extra):
    return client.post("/accounts/login/", {"login": user.email, "password": PASSWORD}, **extra)


def age_session(client, **seconds_ago):
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = time.time() - ago
    session.save()


def is_signed_in(client):
    return client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    ("idle", "open_for", "still_in"),
    [
        (119 * 60, 60, True),
        (121 * 60, 121 * 60, False),
        (60, 11 * 3600, True),
        (60, 12 * 3600 + 60, False),
    ],
    ids=["idle 1h59", "idle 2h01", "open 11h", "open 12h01"],
)
def test_an_editors_session_ends_after_two_hours_idle_or_twelve_in_all(
    client, editor, idle, open_for, still_in
):
    sign_in(client, editor)
    age_session(client, staff_last_seen=idle, staff_signed_in_at=open_for)
    assert is_signed_in(client) is still_in


def test_the_limit_runs_from_the_last_request(client, owner):
    sign_in(client, owner)
    age_session(client, staff_last_seen=100 * 60, staff_signed_in_at=100 * 60)
    assert is_signed_in(client)  # and this request counts as the last one seen
    age_session(client, staff_last_seen=100 * 60)
    assert is_signed_in(client)


def test_readers_keep_djangos_usual_session(client, user):
    sign_in(client, user)
    assert "staff_session" not in client.session


def test_a_flood_of_wrong_passwords_through_the_proxy_blocks_only_its_sender(client, settings):
    """Behind one proxy every request comes from the proxy's address: the visitor's own is
    the last one the proxy appended to X-Forwarded-For."""
    settings.TRUSTED_PROXY_COUNT = 1
    through_proxy = {"REMOTE_ADDR": "10.0.0.1"}
    person = UserFactory()
    for n in range(12):
        client.post(
            "/accounts/login/",
            {"login": f"guess{n}@example.com", "password": "wrong-password-1"},
            HTTP_X_FORWARDED_FOR="198.51.100.7",
            **through_proxy,
        )
    blocked = sign_in(client, person, HTTP_X_FORWARDED_FOR="198.51.100.7", **through_proxy)
    assert "Too many failed login attempts" in blocked.content.decode()
    assert "_auth_user_id" not in client.session
    response = sign_in(client, person, HTTP_X_FORWARDED_FOR="203.0.113.9", **through_proxy)
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(person.pk)

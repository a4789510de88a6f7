"""Portal sessions end after 30 minutes idle and 12 hours in all; nothing typed is lost."""

import time

import pytest

from accounts.factories import PASSWORD
from portal.models import JournalEntry

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return response


def age_session(client, **seconds_ago):
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = time.time() - ago
    session.save()


def test_portal_pages_are_never_stored(client, client_profile):
    sign_in(client, client_profile.user)
    for url in ("/portal/", "/portal/journal/", "/portal/my-data.json"):
        assert client.get(url)["Cache-Control"] == "no-store"


def test_thirty_minutes_idle_ends_the_session(client, client_profile):
    sign_in(client, client_profile.user)
    age_session(client, portal_last_seen=29 * 60)
    assert client.get("/portal/").status_code == 200
    age_session(client, portal_last_seen=31 * 60)
    response = client.get("/portal/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert client.get("/portal/").status_code == 302  # and it stays ended


def test_activity_keeps_the_session_alive_for_at_most_twelve_hours(client, client_profile):
    sign_in(client, client_profile.user)
    age_session(client, portal_signed_in_at=11 * 3600, portal_last_seen=60)
    assert client.get("/portal/").status_code == 200
    age_session(client, portal_signed_in_at=12 * 3600 + 60, portal_last_seen=60)
    assert client.get("/portal/").status_code == 302


def test_editors_keep_djangos_usual_session(client, editor):
    sign_in(client, editor)
    assert "portal_member" not in client.session


def test_an_entry_written_as_the_session_ran_out_comes_back_after_signing_in(
    client, client_profile
):
    sign_in(client, client_profile.user)
    age_session(client, portal_last_seen=45 * 60)
    response = client.post(
        "/portal/journal/new/",
        {"title": "Late night", "body": "Three paragraphs I would hate to lose.", "shared": "on"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/portal/journal/new/"
    assert not JournalEntry.objects.exists()
    # The kept draft is sealed in the session, not stored as plain text.
    assert "Three paragraphs" not in str(dict(client.session))

    response = sign_in(client, client_profile.user)
    html = client.get("/portal/journal/new/").content.decode()
    assert "We kept what you wrote before your session ended." in html
    assert "Three paragraphs I would hate to lose." in html and 'value="Late night"' in html
    # Offered once: a reload shows an empty form.
    assert "Three paragraphs" not in client.get("/portal/journal/new/").content.decode()


def test_a_reply_kept_over_sign_in_returns_to_its_thread(client, client_profile):
    from portal.factories import FeedbackFactory, GoalFactory

    goal = GoalFactory(client=client_profile)
    FeedbackFactory(client=client_profile, goal=goal)
    sign_in(client, client_profile.user)
    age_session(client, portal_last_seen=45 * 60)
    response = client.post(
        f"/portal/goals/{goal.pk}/", {"action": "reply", "body": "My kept reply"}
    )
    assert response["Location"] == f"/accounts/login/?next=/portal/goals/{goal.pk}/"
    sign_in(client, client_profile.user)
    assert "My kept reply" in client.get(f"/portal/goals/{goal.pk}/").content.decode()


def test_a_draft_for_another_page_stays_put(client, client_profile):
    sign_in(client, client_profile.user)
    age_session(client, portal_last_seen=45 * 60)
    client.post(
        "/portal/check-ins/new/",
        {"mood": "4", "distress": "2", "setbacks": "0", "note": "Kept note"},
    )
    sign_in(client, client_profile.user)
    assert "Kept note" not in client.get("/portal/journal/new/").content.decode()
    assert "Kept note" in client.get("/portal/check-ins/new/").content.decode()


def test_a_draft_is_never_shown_to_someone_else_signing_in_on_that_computer(
    client, client_profile, coach
):
    from portal.factories import ClientFactory

    sign_in(client, client_profile.user)
    age_session(client, portal_last_seen=45 * 60)
    client.post("/portal/journal/new/", {"title": "Sam's", "body": "Sam's private words"})
    someone_else = ClientFactory(coach=coach)
    sign_in(client, someone_else.user)
    html = client.get("/portal/journal/new/").content.decode()
    assert "Sam's private words" not in html
    assert "portal_draft" not in client.session


def test_without_a_known_owner_nothing_is_kept(client, client_profile):
    response = client.post("/portal/journal/new/", {"title": "Who?", "body": "Anyone's words"})
    assert response.status_code == 302
    assert "portal_draft" not in client.session


def test_the_session_row_is_written_at_most_once_a_minute(client, client_profile):
    from django.contrib.sessions.models import Session

    sign_in(client, client_profile.user)
    client.get("/portal/")  # the sign-in's message is shown and gone

    def row():
        stored = Session.objects.get(session_key=client.session.session_key)
        return stored.session_data, stored.expire_date

    before = row()
    for _ in range(3):
        client.get("/portal/journal/")
    assert row() == before
    age_session(client, portal_last_seen=61)
    written = row()
    client.get("/portal/journal/")
    assert row() != written

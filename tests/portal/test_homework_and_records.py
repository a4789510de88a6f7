"""Homework marked done; who has seen my data; export as JSON and print; erasure."""

import json

import pytest
from django.contrib.auth import get_user_model

from accounts.factories import PASSWORD
from enrolment.factories import EnrolmentFactory
from enrolment.models import Enrolment
from portal.factories import (
    CheckInFactory,
    GoalFactory,
    HomeworkFactory,
    JournalEntryFactory,
)
from portal.models import AccessEvent, CheckIn, ClientProfile, Goal, JournalEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(client, client_profile):
    client.force_login(client_profile.user)
    return client_profile


def test_homework_is_listed_by_due_date_and_marked_done(client, sam):
    item = HomeworkFactory(client=sam, instructions="Before bed, three lines.")
    html = client.get("/portal/homework/").content.decode()
    assert item.title in html and "Before bed, three lines." in html
    client.post(f"/portal/homework/{item.pk}/", {"reflection": "Easier than I thought."})
    item.refresh_from_db()
    assert item.done_at is not None and item.reflection == "Easier than I thought."
    assert "Nothing to do." in client.get("/portal/homework/").content.decode()


def test_the_dashboard_brings_it_together(client, sam):
    goal = GoalFactory(client=sam, title="Sleep by eleven")
    goal.steps.create(text="No screens after ten", done_at="2026-11-01T22:00Z")
    goal.steps.create(text="Read instead")
    HomeworkFactory(client=sam, title="Keep a sleep diary")
    CheckInFactory(client=sam, mood=6)
    sam.sessions.create(date="2026-11-01")
    html = client.get("/portal/").content.decode()
    assert "Sleep by eleven" in html and "50% done" in html
    assert "Keep a sleep diary" in html
    assert "<polyline" in html
    assert "You have had session 1 of 12." in html
    assert "116 123" in html


def test_the_dashboard_empty_states(client, sam):
    html = client.get("/portal/").content.decode()
    assert "No active goals yet." in html and "No check-ins yet." in html


def test_who_has_seen_my_data(client, sam):
    AccessEvent.objects.create(client=sam, viewer=sam.coach.user, what="your journal")
    html = client.get("/portal/seen-by/").content.decode()
    assert "Cara Lane" in html and "your journal" in html


def test_export_has_everything_the_client_wrote(client, sam):
    GoalFactory(client=sam, title="Goal text")
    JournalEntryFactory(client=sam, title="Private one", body="Body text", shared=False)
    CheckInFactory(client=sam, note="Note text")
    sam.sessions.create(date="2026-11-01", summary="Summary text", private_notes="Coach only")
    response = client.get("/portal/my-data.json")
    assert response["Content-Disposition"].startswith('attachment; filename="my-portal-data-')
    data = json.loads(response.content)
    assert data["goals"][0]["title"] == "Goal text"
    assert (
        data["journal"][0]["body"] == "Body text"
        and data["journal"][0]["shared_with_coach"] is False
    )
    assert data["check_ins"][0]["note"] == "Note text"
    assert data["sessions"][0]["summary"] == "Summary text"
    assert "Coach only" not in response.content.decode()
    html = client.get("/portal/my-data/").content.decode()
    assert "Goal text" in html and "Body text" in html and "Note text" in html


def test_erasing_asks_to_sign_in_again(client, sam):
    response = client.get("/portal/erase/")
    assert response.status_code == 302 and response["Location"].startswith(
        "/accounts/reauthenticate/"
    )


@pytest.fixture
def reauthenticated(client, sam):
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302
    return sam


def test_erasing_deletes_everything_they_wrote(client, reauthenticated):
    sam = reauthenticated
    GoalFactory(client=sam)
    JournalEntryFactory(client=sam)
    CheckInFactory(client=sam)
    EnrolmentFactory(email=sam.user.email)
    html = client.get("/portal/erase/").content.decode()
    assert "every goal, step and measure, journal entry, check-in" in html
    response = client.post("/portal/erase/", {})
    assert "Tick the box to confirm" in response.content.decode()
    assert get_user_model().objects.filter(pk=sam.user.pk).exists()
    response = client.post("/portal/erase/", {"confirm": "erase"})
    assert response["Location"] == "/"
    assert not get_user_model().objects.filter(pk=sam.user.pk).exists()
    for model in (ClientProfile, Goal, JournalEntry, CheckIn, Enrolment):
        assert not model.objects.exists(), model
    assert client.get("/portal/").status_code == 302

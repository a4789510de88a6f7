"""The journal: prompts, shared by default, private at a tick, search, filters, pages."""

import re

import pytest
from django.utils import timezone

from portal.factories import FeedbackFactory, GoalFactory, JournalEntryFactory
from portal.models import JournalEntry, Prompt

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(client, client_profile):
    client.force_login(client_profile.user)
    return client_profile


def test_the_prompt_library_ships_with_the_miracle_question(client, sam):
    assert Prompt.objects.filter(kind="miracle", active=True).exists()
    html = client.get("/portal/journal/new/").content.decode()
    assert "Start from a prompt" in html


def test_writing_from_a_prompt(client, sam):
    prompt = Prompt.objects.filter(active=True).first()
    html = client.get(f"/portal/journal/new/?prompt={prompt.pk}").content.decode()
    assert prompt.text in html
    response = client.post(
        "/portal/journal/new/",
        {
            "title": "Thursday",
            "body": "If it all changed overnight...",
            "mood": "7",
            "prompt": prompt.pk,
            "shared": "on",
        },
    )
    entry = JournalEntry.objects.get()
    assert response["Location"] == f"/portal/journal/{entry.pk}/"
    assert (entry.prompt, entry.mood, entry.shared) == (prompt, 7, True)


def test_new_entries_are_shared_unless_unticked(client, sam):
    html = client.get("/portal/journal/new/").content.decode()
    assert re.search(r'<input type="checkbox" name="shared"[^>]*checked>', html)
    client.post("/portal/journal/new/", {"title": "Just for me", "body": "Private."})
    assert JournalEntry.objects.get().shared is False
    assert (
        "only you can read this"
        in client.get(f"/portal/journal/{JournalEntry.objects.get().pk}/").content.decode()
    )


def test_validation_errors_keep_every_field(client, sam):
    response = client.post(
        "/portal/journal/new/",
        {"title": "", "body": "A long thought I would hate to lose.", "mood": "11"},
    )
    html = response.content.decode()
    assert "A long thought I would hate to lose." in html
    assert "Select a valid choice." in html
    assert not JournalEntry.objects.exists()


def test_search_by_title_filter_by_goal_and_month(client, sam):
    goal = GoalFactory(client=sam, title="Sleep")
    JournalEntryFactory(client=sam, title="Sunday worries", goal=goal)
    JournalEntryFactory(client=sam, title="Monday win")
    old = JournalEntryFactory(client=sam, title="Sunday long ago")
    JournalEntry.objects.filter(pk=old.pk).update(
        created=timezone.make_aware(timezone.datetime(2025, 3, 2))
    )
    response = client.post("/portal/journal/", {"q": "sunday"})
    # Search words never go into the address, where logs and history would keep them.
    assert response["Location"] == "/portal/journal/"
    html = client.get(response["Location"]).content.decode()
    assert "Sunday worries" in html and "Sunday long ago" in html and "Monday win" not in html
    assert "sunday" not in str(dict(client.session)).lower()  # sealed in the session too
    client.get("/portal/journal/?clear=1")
    html = client.get(f"/portal/journal/?goal={goal.pk}").content.decode()
    assert "Sunday worries" in html and "Monday win" not in html
    html = client.get("/portal/journal/?month=2025-03").content.decode()
    assert "Sunday long ago" in html and "Monday win" not in html
    client.post("/portal/journal/", {"q": "nothing-like-this", "month": "2025-03"})
    assert "No entries match" in client.get("/portal/journal/").content.decode()
    assert (
        "Monday win"
        in client.get(client.get("/portal/journal/?clear=1")["Location"]).content.decode()
    )


def test_bad_filter_values_are_ignored(client, sam):
    JournalEntryFactory(client=sam, title="Kept")
    for query in ("?goal=not-a-uuid", "?month=2025-13", "?page=999", "?page=x"):
        response = client.get(f"/portal/journal/{query}")
        assert response.status_code == 200, query
        assert "Kept" in response.content.decode(), query


def test_pagination(client, sam):
    for n in range(25):
        JournalEntryFactory(client=sam, title=f"Day {n}")
    html = client.get("/portal/journal/").content.decode()
    assert "Page 1 of 2" in html
    assert "Page 2 of 2" in client.get("/portal/journal/?page=2").content.decode()


def test_empty_journal(client, sam):
    assert "Your journal is empty." in client.get("/portal/journal/").content.decode()


def test_feedback_on_an_entry_and_a_reply(client, sam):
    entry = JournalEntryFactory(client=sam)
    FeedbackFactory(client=sam, entry=entry, body="Thank you for sharing this.")
    assert (
        "Thank you for sharing this." in client.get(f"/portal/journal/{entry.pk}/").content.decode()
    )
    client.post(f"/portal/journal/{entry.pk}/", {"action": "reply", "body": "It helped to write."})
    assert entry.feedback.count() == 2


def test_edit_and_delete(client, sam):
    entry = JournalEntryFactory(client=sam)
    client.post(
        f"/portal/journal/{entry.pk}/edit/", {"title": "Renamed", "body": "New words", "shared": ""}
    )
    entry.refresh_from_db()
    assert (entry.title, entry.body, entry.shared) == ("Renamed", "New words", False)
    client.post(f"/portal/journal/{entry.pk}/delete/")
    assert not JournalEntry.objects.exists()


def test_odd_prompt_values_are_ignored(client, sam):
    for value in ("²", "abc", "999999", "-1"):
        assert client.get(f"/portal/journal/new/?prompt={value}").status_code == 200, value


def test_a_prompt_id_too_long_for_the_database_is_ignored(client, sam):
    assert client.get("/portal/journal/new/?prompt=" + "9" * 30).status_code == 200

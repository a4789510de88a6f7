"""The coach's side: only their own clients, only what was shared, every look recorded."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.factories import (
    CheckInFactory,
    ClientFactory,
    CoachFactory,
    GoalFactory,
    HomeworkFactory,
    JournalEntryFactory,
)
from portal.models import AccessEvent, CheckIn, Feedback, Homework, JournalEntry

pytestmark = pytest.mark.django_db

PRIVATE = "Private-7c1b"


@pytest.fixture
def data(client_profile):
    goal = GoalFactory(client=client_profile, title="Sleep by eleven")
    shared = JournalEntryFactory(client=client_profile, title="Shared entry", body="Shared body")
    private = JournalEntryFactory(client=client_profile, title=PRIVATE, body=PRIVATE, shared=False)
    CheckInFactory(client=client_profile, note="Shared note")
    CheckInFactory(client=client_profile, note=PRIVATE, shared=False)
    return {"goal": goal, "shared": shared, "private": private}


def coach_urls(client_profile, data):
    base = f"/portal/coach/clients/{client_profile.pk}/"
    return [
        base,
        f"{base}entries/{data['shared'].pk}/",
        f"{base}goals/{data['goal'].pk}/",
        f"{base}homework/new/",
        f"{base}sessions/new/",
    ]


def test_the_coach_gets_every_page_and_nothing_private(
    client, sign_in_with_code, coach, client_profile, data
):
    sign_in_with_code(client, coach.user)
    for url in ["/portal/coach/", *coach_urls(client_profile, data)]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "no-store"
        assert PRIVATE not in response.content.decode(), url
    private_url = f"/portal/coach/clients/{client_profile.pk}/entries/{data['private'].pk}/"
    assert client.get(private_url).status_code == 404


@pytest.mark.parametrize("who", ["other coach", "the client", "other client", "editor"])
def test_nobody_else_gets_a_coach_page(
    client, sign_in_with_code, coach, client_profile, data, editor, who
):
    other = ClientFactory(coach=CoachFactory())
    person = {
        "other coach": other.coach.user,
        "the client": client_profile.user,
        "other client": other.user,
        "editor": editor,
    }[who]
    sign_in_with_code(client, person)
    for url in coach_urls(client_profile, data):
        assert client.get(url).status_code == 404, (who, url)
        assert client.post(url, {"action": "feedback", "body": "x"}).status_code == 404, (who, url)
    assert not Feedback.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, client_profile, data):
    for url in ["/portal/coach/", *coach_urls(client_profile, data)]:
        response = client.get(url)
        assert response["Location"].startswith("/accounts/login/?next=/portal/coach/"), url


def test_every_look_is_recorded_and_shown_to_the_client(
    client, sign_in_with_code, coach, client_profile, data
):
    sign_in_with_code(client, coach.user)
    base = f"/portal/coach/clients/{client_profile.pk}/"
    client.get(base)
    client.get(f"{base}entries/{data['shared'].pk}/")
    client.get(f"{base}goals/{data['goal'].pk}/")
    events = list(AccessEvent.objects.values_list("viewer", "what"))
    assert events == [
        (coach.user.pk, "a goal"),
        (coach.user.pk, "a journal entry"),
        (coach.user.pk, "your overview"),
    ]
    client.force_login(client_profile.user)
    html = client.get("/portal/seen-by/").content.decode()
    assert "<strong>Cara Lane</strong> viewed your overview, a journal entry and a goal" in html


def test_reviewing_and_feedback_emails_the_client_without_the_content(
    client, sign_in_with_code, coach, client_profile, data, django_capture_on_commit_callbacks
):
    sign_in_with_code(client, coach.user)
    url = f"/portal/coach/clients/{client_profile.pk}/entries/{data['shared'].pk}/"
    client.post(url, {"action": "reviewed"})
    data["shared"].refresh_from_db()
    assert data["shared"].reviewed_at is not None
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "feedback", "body": "What helped most that day?"})
    (message,) = mail.outbox
    assert message.to == [client_profile.user.email]
    assert message.subject == "New feedback from your coach"
    assert "What helped" not in message.body + message.alternatives[0][0]
    assert f"/portal/journal/{data['shared'].pk}/" in message.body
    client.force_login(client_profile.user)
    assert (
        "What helped most that day?"
        in client.get(f"/portal/journal/{data['shared'].pk}/").content.decode()
    )


def test_empty_feedback_is_refused(client, sign_in_with_code, coach, client_profile, data):
    sign_in_with_code(client, coach.user)
    url = f"/portal/coach/clients/{client_profile.pk}/goals/{data['goal'].pk}/"
    assert (
        "This field is required."
        in client.post(url, {"action": "feedback", "body": ""}).content.decode()
    )
    assert not Feedback.objects.exists()


def test_homework_and_sessions_reach_the_client(
    client, sign_in_with_code, coach, client_profile, data
):
    sign_in_with_code(client, coach.user)
    base = f"/portal/coach/clients/{client_profile.pk}/"
    client.post(
        f"{base}homework/new/",
        {"title": "Three good things", "due_date": "2026-12-01", "goal": data["goal"].pk},
    )
    client.post(
        f"{base}sessions/new/",
        {
            "date": "2026-11-20",
            "duration_minutes": "50",
            "kind": "coaching",
            "summary": "We planned evenings.",
            "private_notes": "Coach eyes only",
        },
    )
    assert Homework.objects.get().coach == coach
    client.force_login(client_profile.user)
    assert "Three good things" in client.get("/portal/homework/").content.decode()
    html = client.get("/portal/sessions/").content.decode()
    assert "We planned evenings." in html and "Coach eyes only" not in html
    assert "You have had session 1 of 12." in client.get("/portal/").content.decode()


def test_bad_session_input_is_explained(client, sign_in_with_code, coach, client_profile):
    sign_in_with_code(client, coach.user)
    html = client.post(
        f"/portal/coach/clients/{client_profile.pk}/sessions/new/",
        {"date": "", "duration_minutes": "900", "kind": "coaching", "summary": "Keep me"},
    ).content.decode()
    assert "Give the length in minutes, from 5 to 240." in html and "Keep me" in html


def test_another_clients_goal_cannot_be_linked_to_homework(
    client, sign_in_with_code, coach, client_profile
):
    stranger_goal = GoalFactory()
    sign_in_with_code(client, coach.user)
    html = client.post(
        f"/portal/coach/clients/{client_profile.pk}/homework/new/",
        {"title": "x", "goal": stranger_goal.pk},
    ).content.decode()
    assert "Select a valid choice." in html


def test_the_dashboard_puts_worsening_check_ins_first(
    client, sign_in_with_code, coach, client_profile
):
    steady = client_profile
    sliding = ClientFactory(coach=coach, user__first_name="Ada", user__last_name="Zed")
    for n, mood in enumerate((7, 5, 3)):
        checkin = CheckInFactory(client=sliding, mood=mood)
        CheckIn.objects.filter(pk=checkin.pk).update(created=timezone.now() - timedelta(days=3 - n))
    for _ in range(3):
        CheckInFactory(client=steady, mood=6)
    HomeworkFactory(client=steady, due_date=timezone.localdate() - timedelta(days=2))
    sign_in_with_code(client, coach.user)
    html = client.get("/portal/coach/").content.decode()
    assert html.index("Ada Zed") < html.index("Sam Rivers")
    assert "Check-ins getting worse" in html and "1 overdue homework" in html


def test_the_dashboard_query_count_does_not_grow_with_clients(client, sign_in_with_code, coach):
    def fill(count):
        for _ in range(count):
            someone = ClientFactory(coach=coach)
            JournalEntryFactory(client=someone)
            CheckInFactory(client=someone)
            HomeworkFactory(client=someone)
            someone.sessions.create(date=timezone.localdate())

    def queries():
        client.get("/portal/coach/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/portal/coach/").status_code == 200
        return len(captured)

    sign_in_with_code(client, coach.user)
    fill(5)
    few = queries()
    fill(35)
    someone = coach.clients.first()
    for _ in range(30):
        JournalEntryFactory(client=someone)
        CheckInFactory(client=someone)
    assert queries() == few


def test_a_new_coach_never_sees_the_previous_coachs_private_notes(
    client, sign_in_with_code, coach, client_profile
):
    client_profile.sessions.create(coach=coach, date="2026-10-01", private_notes="Old coach note")
    newcomer = CoachFactory()
    client_profile.coach = newcomer
    client_profile.save()
    sign_in_with_code(client, newcomer.user)
    html = client.get(f"/portal/coach/clients/{client_profile.pk}/").content.decode()
    assert "Old coach note" not in html and "1 Oct 2026" in html


def test_every_unread_entry_is_reachable_however_old(
    client, sign_in_with_code, coach, client_profile
):
    old = JournalEntryFactory(client=client_profile, title="Old and unread")
    JournalEntry.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=200))
    for n in range(25):
        JournalEntryFactory(client=client_profile, title=f"Read {n}", reviewed_at=timezone.now())
    sign_in_with_code(client, coach.user)
    html = client.get(f"/portal/coach/clients/{client_profile.pk}/").content.decode()
    assert f"/entries/{old.pk}/" in html


def test_sessions_are_recorded_once_they_have_happened(
    client, sign_in_with_code, coach, client_profile
):
    sign_in_with_code(client, coach.user)
    future = (timezone.localdate() + timedelta(days=3)).isoformat()
    html = client.post(
        f"/portal/coach/clients/{client_profile.pk}/sessions/new/",
        {"date": future, "duration_minutes": "50", "kind": "coaching"},
    ).content.decode()
    assert "Record a session once it has taken place." in html


def test_an_edited_entry_is_unread_again(client, coach, client_profile):
    entry = JournalEntryFactory(client=client_profile, reviewed_at=timezone.now())
    client.force_login(client_profile.user)
    client.post(
        f"/portal/journal/{entry.pk}/edit/",
        {"title": entry.title, "body": "More now", "shared": "on"},
    )
    entry.refresh_from_db()
    assert entry.reviewed_at is None

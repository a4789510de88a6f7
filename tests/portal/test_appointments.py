"""Booking sessions: clients book, move and cancel within the rules; coaches keep their
hours, book for a client and record what was booked; every answer is a page, never a 500."""

from datetime import UTC, datetime, time, timedelta

import pytest
from django.core import mail
from django.db import OperationalError
from django.utils import timezone

from portal import booking
from portal.factories import ClientFactory, CoachFactory
from portal.models import AccessEvent, Appointment, Availability, CoachingSession, TimeOff

pytestmark = pytest.mark.django_db


def open_all_week(coach):
    """Hours every day, 08:00–20:00, so there are slots whenever the tests run."""
    for weekday in range(7):
        Availability.objects.create(coach=coach, weekday=weekday, starts=time(8), ends=time(20))


@pytest.fixture
def hours(coach):
    open_all_week(coach)
    return coach


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """A POST whose emails, queued once its transaction commits, are sent before it returns."""

    def send(client, url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return send


def a_free_slot(client_profile, skip=0):
    return booking.free_slots(client_profile.coach, client_profile)[skip]


def appointment(client_profile, hours_ahead, **fields):
    starts = timezone.now() + timedelta(hours=hours_ahead)
    return Appointment.objects.create(
        client=client_profile,
        coach=client_profile.coach,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=50),
        **fields,
    )


# Slots


def test_slots_step_by_session_and_break_and_end_inside_the_window(coach):
    Availability.objects.create(coach=coach, weekday=0, starts=time(9), ends=time(12))
    now = datetime(2027, 1, 6, 12, tzinfo=UTC)  # a Wednesday
    slots = booking.free_slots(coach, now=now)
    first_monday = [s for s in slots if s.starts_at.date() == datetime(2027, 1, 11).date()]
    # 50 minutes and a 10-minute break: 09:00, 10:00, 11:00 (11:00–11:50 fits; no 12:00).
    assert [s.starts_at.strftime("%H:%M") for s in first_monday] == ["09:00", "10:00", "11:00"]
    assert all(s.ends_at - s.starts_at == timedelta(minutes=50) for s in slots)


def test_time_off_bookings_the_past_and_the_next_hour_are_not_offered(coach, client_profile):
    Availability.objects.create(coach=coach, weekday=0, starts=time(9), ends=time(12))
    now = datetime(2027, 1, 11, 9, 30, tzinfo=UTC)  # Monday 09:30 London
    TimeOff.objects.create(
        coach=coach, first_day=datetime(2027, 1, 18).date(), last_day=datetime(2027, 1, 18).date()
    )
    other = ClientFactory(coach=coach)
    Appointment.objects.create(
        client=other,
        coach=coach,
        starts_at=datetime(2027, 1, 25, 10, tzinfo=UTC),
        ends_at=datetime(2027, 1, 25, 10, 50, tzinfo=UTC),
    )
    starts = [s.starts_at for s in booking.free_slots(coach, now=now)]
    assert datetime(2027, 1, 11, 9, tzinfo=UTC) not in starts  # past
    assert datetime(2027, 1, 11, 10, tzinfo=UTC) not in starts  # within the hour
    assert datetime(2027, 1, 11, 11, tzinfo=UTC) in starts
    assert not [s for s in starts if s.date() == datetime(2027, 1, 18).date()]  # time off
    assert datetime(2027, 1, 25, 10, tzinfo=UTC) not in starts  # someone else's booking
    assert datetime(2027, 1, 25, 9, tzinfo=UTC) in starts
    assert max(starts) < now + timedelta(weeks=6)


# The client's pages


def test_the_client_sees_sessions_used_and_books_a_slot(client, client_profile, hours, post):
    client.force_login(client_profile.user)
    CoachingSession.objects.create(client=client_profile, coach=hours, date=timezone.localdate())
    page = client.get("/portal/appointments/")
    assert page.status_code == 200 and "1 of 12 sessions used" in page.content.decode()
    slot = a_free_slot(client_profile)
    booking_page = client.get("/portal/appointments/book/").content.decode()
    assert slot.key in booking_page
    response = post(client, "/portal/appointments/book/", {"slot": slot.key})
    assert response.status_code == 302 and response["Location"] == "/portal/appointments/"
    booked = Appointment.objects.get()
    assert (booked.starts_at, booked.status, booked.booked_by) == (
        slot.starts_at,
        "booked",
        client_profile.user,
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [client_profile.user.email, hours.user.email]
    )
    assert {m.subject for m in mail.outbox} == {"Your session is booked"}
    assert "2 of 12 sessions used" in client.get("/portal/appointments/").content.decode()
    assert slot.key not in client.get("/portal/appointments/book/").content.decode()


def test_a_taken_slot_says_so_kindly(client, client_profile, hours):
    slot = a_free_slot(client_profile)
    Appointment.objects.create(
        client=ClientFactory(coach=hours),
        coach=hours,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
    )
    client.force_login(client_profile.user)
    response = client.post("/portal/appointments/book/", {"slot": slot.key})
    assert response.status_code == 409
    assert "Someone has just taken that time" in response.content.decode()
    assert Appointment.objects.filter(client=client_profile).count() == 0


@pytest.mark.parametrize(
    "value",
    ["", "nonsense", "2020-01-06T09:00Z", "2099-01-05T09:00Z", "2026-12-07T09:07Z"],
    ids=["empty", "garbage", "past", "beyond the horizon", "not a slot"],
)
def test_a_slot_that_is_not_offered_is_refused(client, client_profile, hours, value):
    client.force_login(client_profile.user)
    response = client.post("/portal/appointments/book/", {"slot": value})
    assert response.status_code == 400
    assert "not offered" in response.content.decode()
    assert not Appointment.objects.exists()


def test_a_slot_of_another_coach_is_not_offered(client, client_profile, hours):
    other_coach = CoachFactory()
    Availability.objects.create(coach=other_coach, weekday=0, starts=time(6), ends=time(7))
    theirs = booking.free_slots(other_coach)[0]
    client.force_login(client_profile.user)
    assert client.post("/portal/appointments/book/", {"slot": theirs.key}).status_code == 400
    assert not Appointment.objects.exists()


def test_no_booking_beyond_the_allowance(client, client_profile, hours):
    client_profile.session_allowance = 2
    client_profile.save()
    CoachingSession.objects.create(client=client_profile, coach=hours, date=timezone.localdate())
    appointment(client_profile, 3 * 24, status=Appointment.Status.LATE)
    client.force_login(client_profile.user)
    page = client.get("/portal/appointments/").content.decode()
    assert "2 of 2 sessions used" in page and "Book a session" not in page
    response = client.post("/portal/appointments/book/", {"slot": a_free_slot(client_profile).key})
    assert response.status_code == 400 and "All the sessions" in response.content.decode()
    assert Appointment.objects.count() == 1


def test_cancelling_before_the_notice_frees_the_session(client, client_profile, hours, post):
    booked = appointment(client_profile, 48)
    client.force_login(client_profile.user)
    response = post(client, f"/portal/appointments/{booked.pk}/cancel/")
    assert response.status_code == 302
    booked.refresh_from_db()
    assert (booked.status, booked.sequence) == ("cancelled", 1)
    assert {m.subject for m in mail.outbox} == {"Your session is cancelled"}
    assert booking.sessions_used(client_profile) == 0


def test_cancelling_within_the_notice_warns_then_counts_as_late(client, client_profile, hours):
    booked = appointment(client_profile, 5)
    client.force_login(client_profile.user)
    detail = client.get(f"/portal/appointments/{booked.pk}/").content.decode()
    assert "less than 24 hours" in detail
    warned = client.post(f"/portal/appointments/{booked.pk}/cancel/")
    assert warned.status_code == 200 and "Yes, cancel it late" in warned.content.decode()
    booked.refresh_from_db()
    assert booked.status == "booked" and not mail.outbox
    client.post(f"/portal/appointments/{booked.pk}/cancel/", {"late_ok": "1"})
    booked.refresh_from_db()
    assert booked.status == "late"
    assert booking.sessions_used(client_profile) == 1


def test_a_past_session_cannot_be_cancelled(client, client_profile, hours):
    booked = appointment(client_profile, -5)
    client.force_login(client_profile.user)
    response = client.post(f"/portal/appointments/{booked.pk}/cancel/", {"late_ok": "1"})
    assert response.status_code == 302
    booked.refresh_from_db()
    assert booked.status == "booked"


def test_moving_keeps_the_booking_and_tells_both(client, client_profile, hours, post):
    booked = appointment(client_profile, 72)
    slot = a_free_slot(client_profile, skip=3)
    client.force_login(client_profile.user)
    assert client.get(f"/portal/appointments/{booked.pk}/move/").status_code == 200
    response = post(client, f"/portal/appointments/{booked.pk}/move/", {"slot": slot.key})
    assert response.status_code == 302
    booked.refresh_from_db()
    assert (booked.starts_at, booked.status, booked.sequence) == (slot.starts_at, "booked", 1)
    assert Appointment.objects.count() == 1
    assert {m.subject for m in mail.outbox} == {"Your session has moved"}


def test_moving_within_the_notice_is_a_late_cancellation_and_a_new_booking(
    client, client_profile, hours
):
    booked = appointment(client_profile, 3)
    slot = a_free_slot(client_profile, skip=30)
    client.force_login(client_profile.user)
    page = client.get(f"/portal/appointments/{booked.pk}/move/").content.decode()
    assert "less than 24 hours" in page and 'name="late_ok"' in page
    unconfirmed = client.post(f"/portal/appointments/{booked.pk}/move/", {"slot": slot.key})
    assert unconfirmed.status_code == 200 and Appointment.objects.count() == 1
    client.post(f"/portal/appointments/{booked.pk}/move/", {"slot": slot.key, "late_ok": "1"})
    booked.refresh_from_db()
    assert booked.status == "late"
    assert Appointment.objects.get(status="booked").starts_at == slot.starts_at
    assert booking.sessions_used(client_profile) == 2


def test_time_zone_is_saved_or_refused(client, client_profile, hours):
    client.force_login(client_profile.user)
    bad = client.post("/portal/appointments/time-zone/", {"time_zone": "Mars/Olympus"})
    assert bad.status_code == 400 and "Select a valid choice" in bad.content.decode()
    client_profile.refresh_from_db()
    assert client_profile.time_zone == ""
    good = client.post("/portal/appointments/time-zone/", {"time_zone": "America/New_York"})
    assert good.status_code == 302
    client_profile.refresh_from_db()
    assert client_profile.time_zone == "America/New_York"
    assert "New York time" in client.get("/portal/appointments/book/").content.decode()


def test_the_next_session_shows_on_the_overview(client, client_profile, hours):
    booked = appointment(client_profile, 30)
    client.force_login(client_profile.user)
    page = client.get("/portal/").content.decode()
    local = timezone.localtime(booked.starts_at)
    assert "Next session" in page and local.strftime("%H:%M") in page


# The coach's pages


def test_the_coach_keeps_hours_length_and_time_off(client, sign_in_with_code, coach):
    sign_in_with_code(client, coach.user)
    assert client.get("/portal/coach/availability/").status_code == 200
    added = client.post(
        "/portal/coach/availability/hours/", {"weekday": 2, "starts": "09:00", "ends": "12:00"}
    )
    assert added.status_code == 302
    window = Availability.objects.get(coach=coach)
    overlap = client.post(
        "/portal/coach/availability/hours/", {"weekday": 2, "starts": "11:00", "ends": "13:00"}
    )
    assert overlap.status_code == 400 and 'value="13:00"' in overlap.content.decode()
    backwards = client.post(
        "/portal/coach/availability/hours/", {"weekday": 3, "starts": "12:00", "ends": "09:00"}
    )
    assert backwards.status_code == 400
    rules = client.post(
        "/portal/coach/availability/sessions/",
        {"session_minutes": 60, "break_minutes": 15, "reply_days": 3},
    )
    assert rules.status_code == 302
    coach.refresh_from_db()
    assert (coach.session_minutes, coach.break_minutes, coach.reply_days) == (60, 15, 3)
    today = timezone.localdate()
    away = client.post(
        "/portal/coach/availability/time-off/",
        {"first_day": today + timedelta(days=3), "last_day": today + timedelta(days=5)},
    )
    assert away.status_code == 302
    past = client.post(
        "/portal/coach/availability/time-off/",
        {"first_day": today - timedelta(days=3), "last_day": today},
    )
    assert past.status_code == 400
    off = TimeOff.objects.get(coach=coach)
    client.post(f"/portal/coach/availability/time-off/{off.pk}/delete/")
    client.post(f"/portal/coach/availability/hours/{window.pk}/delete/")
    assert not TimeOff.objects.exists() and not Availability.objects.exists()


def test_the_coach_books_for_a_client(client, sign_in_with_code, hours, client_profile, post):
    sign_in_with_code(client, hours.user)
    url = f"/portal/coach/clients/{client_profile.pk}/book/"
    assert client.get(url).status_code == 200
    assert AccessEvent.objects.filter(client=client_profile, what="your appointments").exists()
    slot = a_free_slot(client_profile)
    response = post(client, url, {"slot": slot.key})
    assert response.status_code == 302
    booked = Appointment.objects.get()
    assert (booked.client, booked.booked_by) == (client_profile, hours.user)
    assert len(mail.outbox) == 2


def test_recording_a_booked_session_links_it_and_counts_once(
    client, sign_in_with_code, hours, client_profile
):
    booked = appointment(client_profile, -26)
    assert booking.sessions_used(client_profile) == 1
    sign_in_with_code(client, hours.user)
    diary = client.get("/portal/coach/appointments/").content.decode()
    link = f"/portal/coach/clients/{client_profile.pk}/sessions/new/?appointment={booked.pk}"
    assert "Record this session" in diary and link.replace("&", "&amp;") in diary
    form = client.get(link).content.decode()
    assert timezone.localdate(booked.starts_at).strftime("%d/%m/%Y") in form
    response = client.post(
        link,
        {
            "date": timezone.localdate(booked.starts_at).isoformat(),
            "duration_minutes": 50,
            "kind": "coaching",
            "summary": "",
            "private_notes": "",
        },
    )
    assert response.status_code == 302
    booked.refresh_from_db()
    assert booked.session is not None
    assert booking.sessions_used(client_profile) == 1
    assert "Record this session" not in client.get("/portal/coach/appointments/").content.decode()


def test_recording_refuses_another_clients_appointment(
    client, sign_in_with_code, hours, client_profile
):
    other = ClientFactory(coach=hours)
    theirs = appointment(other, -26)
    sign_in_with_code(client, hours.user)
    url = f"/portal/coach/clients/{client_profile.pk}/sessions/new/?appointment={theirs.pk}"
    assert client.get(url).status_code == 404
    bad = f"/portal/coach/clients/{client_profile.pk}/sessions/new/?appointment=not-a-uuid"
    assert client.get(bad).status_code == 404


def test_the_coach_dashboard_shows_each_clients_next_session(
    client, sign_in_with_code, hours, client_profile
):
    booked = appointment(client_profile, 30)
    sign_in_with_code(client, hours.user)
    page = client.get("/portal/coach/").content.decode()
    assert "Next session" in page
    assert timezone.localtime(booked.starts_at).strftime("%H:%M") in page


# Reminders


def test_a_session_a_day_ahead_is_reminded_of_once(client_profile, hours):
    from django.core.management import call_command

    soon = appointment(client_profile, 20)
    appointment(client_profile, 50)  # too far ahead yet
    call_command("send_reminders", stdout=None)
    call_command("send_reminders", stdout=None)
    sessions = [m for m in mail.outbox if m.subject == "Your session is coming up"]
    assert sorted(m.to[0] for m in sessions) == sorted(
        [client_profile.user.email, hours.user.email]
    )
    soon.refresh_from_db()
    assert soon.reminded_at is not None


def test_bookings_are_in_the_clients_download_and_go_with_erasure(client, client_profile, hours):
    booked = appointment(client_profile, 30)
    client.force_login(client_profile.user)
    data = client.get("/portal/my-data.json").json()
    assert [a["status"] for a in data["appointments"]] == ["Booked"]
    assert "Bookings" in client.get("/portal/my-data/").content.decode()
    client_profile.user.delete()
    assert not Appointment.objects.filter(pk=booked.pk).exists()


def test_a_late_move_that_cannot_be_booked_leaves_the_booking_as_it_was(client_profile, hours):
    """Moving late books afresh; with no session left for it, the old booking stays."""
    client_profile.session_allowance = 1
    client_profile.save()
    booked = appointment(client_profile, 3)
    with pytest.raises(booking.NoSessionsLeft):
        booking.move(booked, a_free_slot(client_profile, skip=30).starts_at, client_profile.user)
    booked.refresh_from_db()
    assert (booked.status, booked.sequence) == ("booked", 0)
    assert Appointment.objects.count() == 1


def test_a_database_too_busy_to_take_the_booking_asks_to_try_again(
    client, client_profile, hours, monkeypatch
):
    """SQLite gives up on a write it waited too long for: the client is asked to try
    again, with the times still there, rather than shown an error."""

    def locked(pk):
        raise OperationalError("database is locked")

    monkeypatch.setattr(booking.unscoped, "client_locked", locked)
    client.force_login(client_profile.user)
    slot = a_free_slot(client_profile)
    response = client.post("/portal/appointments/book/", {"slot": slot.key})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Please try again" in page and slot.key in page


@pytest.mark.parametrize("week", ["1", "-3", "99999999999999", "soon"])
def test_any_week_asked_for_answers_a_page(client, client_profile, hours, week):
    client.force_login(client_profile.user)
    response = client.get(f"/portal/appointments/book/?week={week}")
    assert response.status_code == 200
    assert "Week of" in response.content.decode()

"""Calendar files: each booking email carries an invitation that calendars understand (one
UID for life, SEQUENCE counting changes, CANCEL to remove), and each person may subscribe to
a private, revocable feed; none of it says anything about why people meet."""

from datetime import UTC, datetime, time, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from portal import booking
from portal.factories import GoalFactory, JournalEntryFactory
from portal.models import Appointment, Availability, CalendarFeed

pytestmark = pytest.mark.django_db

CANARY = "Canary-5e1f"


@pytest.fixture
def hours(coach, client_profile):
    for weekday in range(7):
        Availability.objects.create(coach=coach, weekday=weekday, starts=time(8), ends=time(20))
    GoalFactory(client=client_profile, title=f"{CANARY} goal", why=CANARY)
    JournalEntryFactory(client=client_profile, title=f"{CANARY} entry", body=CANARY)
    return coach


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    def send(client, url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return send


def invitations():
    """(recipient, subject, parsed calendar) for each email sent so far; the outbox cleared."""
    found = []
    for message in mail.outbox:
        ((filename, content, mimetype),) = message.attachments
        assert filename == "session.ics" and mimetype.startswith("text/calendar")
        found.append((message.to[0], message.subject, Calendar.from_ical(content)))
        for text in (message.subject, message.body, message.alternatives[0][0], content):
            assert CANARY not in (text if isinstance(text, str) else text.decode())
    mail.outbox.clear()
    return {to: (subject, ics) for to, subject, ics in found}


def test_invitations_follow_a_booking_through_a_move_and_a_cancellation(
    client, client_profile, hours, post
):
    sam, cara = client_profile.user.email, hours.user.email
    client.force_login(client_profile.user)
    slot = booking.free_slots(hours, client_profile)[40]
    post(client, "/portal/appointments/book/", {"slot": slot.key})
    booked = invitations()
    assert set(booked) == {sam, cara}
    (sams_event,) = booked[sam][1].events
    (caras_event,) = booked[cara][1].events
    assert booked[sam][0] == "Your session is booked"
    assert booked[sam][1]["method"] == "REQUEST"
    assert str(sams_event["summary"]) == "Session with Cara"
    assert str(caras_event["summary"]) == "Session with Sam"
    assert sams_event.decoded("dtstart") == slot.starts_at
    assert f"DTSTART:{slot.starts_at:%Y%m%dT%H%M%S}Z" in sams_event.to_ical().decode()
    assert sams_event.decoded("dtend") == slot.ends_at
    assert sams_event["sequence"] == 0
    uid = str(sams_event["uid"])
    assert str(caras_event["uid"]) == uid

    appointment = Appointment.objects.get()
    later = booking.free_slots(hours, client_profile)[45]
    post(client, f"/portal/appointments/{appointment.pk}/move/", {"slot": later.key})
    moved = invitations()
    (event,) = moved[sam][1].events
    assert moved[sam][0] == "Your session has moved"
    assert moved[sam][1]["method"] == "REQUEST"
    assert (str(event["uid"]), event["sequence"]) == (uid, 1)
    assert event.decoded("dtstart") == later.starts_at

    post(client, f"/portal/appointments/{appointment.pk}/cancel/")
    cancelled = invitations()
    for to in (sam, cara):
        subject, ics = cancelled[to]
        (event,) = ics.events
        assert subject == "Your session is cancelled"
        assert ics["method"] == "CANCEL"
        assert (str(event["uid"]), event["sequence"], event["status"]) == (uid, 2, "CANCELLED")


def feed_url(page):
    marker = "/portal/calendar/"
    start = page.index(marker)
    return page[start : page.index(".ics", start) + 4]


def test_a_private_feed_shows_booked_sessions_and_can_be_replaced(client, client_profile, hours):
    now = timezone.now()

    def at(days, **fields):
        starts = now + timedelta(days=days)
        return Appointment.objects.create(
            client=client_profile,
            coach=hours,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=50),
            **fields,
        )

    coming, recent, old = at(3), at(-10), at(-40)
    at(5, status="cancelled")
    client.force_login(client_profile.user)
    assert "/portal/calendar/" not in client.get("/portal/appointments/").content.decode()
    client.post("/portal/appointments/calendar/")
    url = feed_url(client.get("/portal/appointments/").content.decode())

    response = Client().get(url)  # no sign-in: the address is the credential
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "no-store" in response["Cache-Control"]
    feed = Calendar.from_ical(response.content)
    starts = sorted(event.decoded("dtstart") for event in feed.events)
    assert starts == sorted(a.starts_at.replace(microsecond=0) for a in (coming, recent)), (
        "the last 30 days and the future, booked only"
    )
    assert old.starts_at.replace(microsecond=0) not in starts
    assert {str(event["summary"]) for event in feed.events} == {"Session with Cara"}
    assert CANARY not in response.content.decode()

    client.post("/portal/appointments/calendar/")
    new_url = feed_url(client.get("/portal/appointments/").content.decode())
    assert new_url != url
    assert Client().get(url).status_code == 404
    assert Client().get(new_url).status_code == 200
    assert Client().get("/portal/calendar/not-a-token.ics").status_code == 404


def test_the_coachs_feed_names_clients_by_first_name(
    client, sign_in_with_code, client_profile, hours
):
    starts = datetime.combine(timezone.localdate() + timedelta(days=2), time(10), UTC)
    Appointment.objects.create(
        client=client_profile, coach=hours, starts_at=starts, ends_at=starts + timedelta(minutes=50)
    )
    sign_in_with_code(client, hours.user)
    assert client.post("/portal/coach/calendar/").status_code == 302
    url = feed_url(client.get("/portal/coach/availability/").content.decode())
    feed = Calendar.from_ical(Client().get(url).content)
    assert [str(event["summary"]) for event in feed.events] == ["Session with Sam"]


def test_a_closed_account_has_no_feed(client_profile, hours):
    feed = CalendarFeed.objects.create(user=client_profile.user)
    client_profile.user.is_active = False
    client_profile.user.save()
    assert Client().get(f"/portal/calendar/{feed.token}.ics").status_code == 404

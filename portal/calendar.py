"""Calendar files for sessions: the invitation sent with each booking email, and the
private feed a calendar app subscribes to.

An event says who the session is with, by first name, and when, in UTC: never why, and
nothing the client wrote (rule 9). Each appointment keeps one UID for life and counts its
changes in SEQUENCE, so calendars replace or remove the event they already hold.
"""

from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT = "-//Tranquil//Sessions//EN"


def uid(appointment):
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "tranquil"
    return f"appointment-{appointment.pk}@{host}"


def summary(appointment, for_coach):
    """The title: "Session with Cara" for the client, "Session with Sam" for the coach."""
    other = appointment.client.user if for_coach else appointment.coach.user
    return f"Session with {other.first_name}" if other.first_name else "Session"


def event(appointment, for_coach, cancelled=False):
    item = Event()
    item.add("uid", uid(appointment))
    item.add("dtstamp", timezone.now())
    item.add("dtstart", appointment.starts_at)
    item.add("dtend", appointment.ends_at)
    item.add("summary", summary(appointment, for_coach))
    item.add("sequence", appointment.sequence)
    item.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    item.add("organizer", f"mailto:{address}", parameters={"cn": name or "Tranquil"})
    return item


def ics_file(events, method=None, name=None):
    ics = Calendar()
    ics.add("prodid", PRODUCT)
    ics.add("version", "2.0")
    if method:
        ics.add("method", method)
    if name:
        ics.add("x-wr-calname", name)
    for item in events:
        ics.add_component(item)
    return ics.to_ical()


def invitation(appointment, recipient, for_coach, cancelled=False):
    """The .ics sent with a booking email: REQUEST to add or update it, CANCEL to remove."""
    item = event(appointment, for_coach, cancelled)
    item.add("attendee", f"mailto:{recipient.email}", parameters={"partstat": "ACCEPTED"})
    return ics_file([item], method="CANCEL" if cancelled else "REQUEST")


def feed(as_client, as_coach):
    """A person's booked sessions as a subscribed calendar: those they attend as a client
    and those they give as a coach."""
    events = [event(a, for_coach=False) for a in as_client]
    events += [event(a, for_coach=True) for a in as_coach]
    return ics_file(events, name="Sessions")

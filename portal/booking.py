"""Booking sessions: which times a coach offers, and booking, moving and cancelling them.

A coach's weekly hours are wall-clock times in the practice's zone (TIME_ZONE), so a
09:00 window is 09:00Z in winter and 08:00Z in summer; a wall time the clocks skip is not
offered, and one they pass twice means the first. Times are stored in UTC.

The slot list is only an offer: a booking is checked again against it when it is made,
and two clients pressing Book on one slot at once are settled by the database's unique
constraint, so the second hears that the time has just gone (never a server error).
"""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone

from . import access, unscoped
from .models import Appointment, BookingSettings, CalendarFeed
from .models.appointments import new_feed_token
from .tasks import notify_appointment

logger = logging.getLogger(__name__)

# However free a slot, a booking this close to it would surprise the coach.
LEAD_TIME = timedelta(hours=1)


def practice_zone():
    return ZoneInfo(settings.TIME_ZONE)


class BookingError(Exception):
    """A booking that cannot be made; its text is said to the person booking."""

    status = 400


class SlotTaken(BookingError):
    status = 409

    def __init__(self):
        super().__init__("Someone has just taken that time. Please choose another.")


class SlotNotOffered(BookingError):
    def __init__(self):
        super().__init__("That time is not offered any more. Please choose one of these.")


class NoSessionsLeft(BookingError):
    def __init__(self):
        super().__init__(
            "All the sessions in the plan are used or booked. Please talk to the practice "
            "about more."
        )


class Busy(BookingError):
    status = 409

    def __init__(self):
        super().__init__("Many people are booking at this moment. Please try again.")


@dataclass(frozen=True)
class Slot:
    """A time a client may book, in UTC."""

    starts_at: datetime
    ends_at: datetime

    @property
    def key(self):
        """How a booking form names the slot: its start, in UTC."""
        return self.starts_at.strftime("%Y-%m-%dT%H:%MZ")


def parse_key(value):
    """A slot's start from a form (`Slot.key`), or None for anything else."""
    try:
        return datetime.strptime(value or "", "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def wall_time(day, at, zone):
    """`day` at wall-clock `at` in `zone`, in UTC; None when the clocks skip that time.

    A time passed twice (autumn) means its first occurrence, fold=0."""
    naive = datetime.combine(day, at)
    local = naive.replace(tzinfo=zone, fold=0)
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        return None
    return local.astimezone(UTC)


def weekly_slots(windows, session_minutes, break_minutes, first_day, last_day, zone):
    """Every slot the weekly windows make from `first_day` to `last_day`, one after another
    with a break between, each ending within its window; time off and bookings not yet
    taken away."""
    length = timedelta(minutes=session_minutes)
    step = length + timedelta(minutes=break_minutes)
    by_weekday = {}
    for window in windows:
        by_weekday.setdefault(window.weekday, []).append(window)
    slots = []
    day = first_day
    while day <= last_day:
        for window in by_weekday.get(day.weekday(), ()):
            start = datetime.combine(day, window.starts)
            end = datetime.combine(day, window.ends)
            while start + length <= end:
                starts_at = wall_time(day, start.time(), zone)
                if starts_at is not None:
                    slots.append(Slot(starts_at, starts_at + length))
                start += step
        day += timedelta(days=1)
    return sorted(set(slots), key=lambda slot: slot.starts_at)


def free_slots(coach, client=None, now=None):
    """The slots `coach` offers from an hour from now to the booking horizon: not on time
    off, not overlapping anyone's booking with the coach, nor (given `client`) another of
    the client's own. Five queries, however many bookings."""
    now = now or timezone.now()
    zone = practice_zone()
    rules = BookingSettings.load()
    horizon = now + timedelta(weeks=rules.booking_weeks)
    first_day = (now + LEAD_TIME).astimezone(zone).date()
    last_day = horizon.astimezone(zone).date()
    away = list(access.time_off_of(coach).filter(last_day__gte=first_day))
    busy = list(access.booked_times_of_coach(coach, now, horizon))
    if client is not None:
        busy += list(access.booked_times_of_client(client, now, horizon))
    slots = weekly_slots(
        access.availability_of(coach),
        coach.session_minutes,
        coach.break_minutes,
        first_day,
        last_day,
        zone,
    )
    return [
        slot
        for slot in slots
        if now + LEAD_TIME <= slot.starts_at < horizon
        and not any(
            off.first_day <= slot.starts_at.astimezone(zone).date() <= off.last_day for off in away
        )
        and not any(start < slot.ends_at and slot.starts_at < end for start, end in busy)
    ]


def by_day(slots, zone=None):
    """Slots grouped by their day in the practice's zone: [(date, [slot, ...]), ...]."""
    zone = zone or practice_zone()
    days = {}
    for slot in slots:
        days.setdefault(slot.starts_at.astimezone(zone).date(), []).append(slot)
    return list(days.items())


def sessions_used(client):
    """Sessions recorded, plus bookings still to be recorded and late cancellations: each
    session counts once, whether it was booked first or not."""
    return access.sessions_of(client).count() + access.appointments_of(client).counting().count()


def offered(coach, client, starts_at, now):
    """The free slot starting at `starts_at`, or the reason it cannot be booked."""
    for slot in free_slots(coach, client, now):
        if slot.starts_at == starts_at:
            return slot
    if starts_at and access.booked_times_of_coach(coach, now, starts_at + LEAD_TIME).filter(
        starts_at=starts_at
    ):
        raise SlotTaken
    raise SlotNotOffered


def saving(write):
    """Run `write` in a transaction: the database's refusal of a taken slot, or SQLite too
    busy to take the write in time, become answers the person can act on."""
    try:
        with transaction.atomic():
            return write()
    except IntegrityError as error:
        raise SlotTaken from error
    except OperationalError as error:
        if "locked" not in str(error):
            raise
        logger.warning("Booking gave way to a busy database")
        raise Busy from error


def book(client, starts_at, booked_by, now=None):
    """Book the slot at `starts_at` with the client's coach, if it is still free and the
    client has a session left; both hear by email, with a calendar invitation."""
    now = now or timezone.now()
    coach = client.coach
    if coach is None:
        raise SlotNotOffered
    slot = offered(coach, client, starts_at, now)

    def write():
        # One booking per client at a time, so two tabs cannot both take the last session.
        locked = unscoped.client_locked(client.pk)
        if sessions_used(locked) >= locked.session_allowance:
            raise NoSessionsLeft
        appointment = Appointment.objects.create(
            client=locked,
            coach=coach,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            booked_by=booked_by,
        )
        transaction.on_commit(lambda: notify_appointment.enqueue(str(appointment.pk), "booked"))
        return appointment

    return saving(write)


def notice(now=None):
    """How long before a session it may still be cancelled or moved without counting."""
    return timedelta(hours=BookingSettings.load().cancellation_notice_hours)


def is_late(appointment, now=None):
    return appointment.starts_at - (now or timezone.now()) < notice()


def can_change(appointment, now=None):
    return appointment.status == Appointment.Status.BOOKED and appointment.starts_at > (
        now or timezone.now()
    )


def cancel(appointment, now=None):
    """Cancel a future booking: within the notice it is recorded as late and still counts."""
    now = now or timezone.now()
    appointment.status = (
        Appointment.Status.LATE if is_late(appointment, now) else Appointment.Status.CANCELLED
    )
    appointment.cancelled_at = now
    appointment.sequence += 1

    def write():
        appointment.save(update_fields=["status", "cancelled_at", "sequence"])
        transaction.on_commit(lambda: notify_appointment.enqueue(str(appointment.pk), "cancelled"))
        return appointment

    return saving(write)


def move(appointment, starts_at, booked_by, now=None):
    """Move a booking to another free slot. Within the notice the old one is recorded as a
    late cancellation and the new one is booked afresh (so it needs a session left);
    before it, the booking itself moves and calendars update it in place."""
    now = now or timezone.now()
    client = appointment.client
    if appointment.coach is None:
        raise SlotNotOffered
    slot = offered(appointment.coach, client, starts_at, now)
    if is_late(appointment, now):
        # Both or neither: a new time already taken leaves the old booking as it was.
        with transaction.atomic():
            cancel(appointment, now)
            return book(client, slot.starts_at, booked_by, now)
    appointment.starts_at, appointment.ends_at = slot.starts_at, slot.ends_at
    appointment.sequence += 1
    appointment.reminded_at = None

    def write():
        appointment.save(update_fields=["starts_at", "ends_at", "sequence", "reminded_at"])
        transaction.on_commit(lambda: notify_appointment.enqueue(str(appointment.pk), "moved"))
        return appointment

    return saving(write)


def renew_calendar_feed(user):
    """A new private calendar address for `user`: the old one stops working at once."""
    feed, _ = CalendarFeed.objects.update_or_create(user=user, defaults={"token": new_feed_token()})
    return feed

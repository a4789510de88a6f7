"""The demo coach's weekly hours and one coming session for each demo client, so the
sessions pages, the dashboards and the calendar feeds have something to show."""

from datetime import time

from django.utils import timezone

from portal import booking
from portal.models import Appointment, Availability, ClientProfile, CoachProfile

# weekday (0 is Monday), from, until: in the practice's zone.
HOURS = [
    (0, time(9), time(13)),
    (1, time(9), time(13)),
    (2, time(13), time(19)),
    (3, time(9), time(13)),
]
# Which free slot each demo client holds: a few days apart, so both show as coming up.
SLOT_FOR = {"client.one@tranquil.example": 2, "client.two@tranquil.example": 7}


def seed_sessions():
    """Hours for each demo coach who has none yet, and a booking for each demo client with
    nothing coming up; no emails (nobody is told about demo bookings)."""
    for coach in CoachProfile.objects.filter(user__email="coach@tranquil.example"):
        if not coach.availability.exists():
            Availability.objects.bulk_create(
                Availability(coach=coach, weekday=day, starts=starts, ends=ends)
                for day, starts, ends in HOURS
            )
    for email, index in SLOT_FOR.items():
        client = (
            ClientProfile.objects.select_related("coach", "user").filter(user__email=email).first()
        )
        if client is None or client.coach is None:
            continue
        if client.appointments.upcoming(timezone.now()).exists():
            continue
        slots = booking.free_slots(client.coach, client)
        if len(slots) > index:
            Appointment.objects.create(
                client=client,
                coach=client.coach,
                starts_at=slots[index].starts_at,
                ends_at=slots[index].ends_at,
                booked_by=client.user,
            )

"""The demo coach keeps weekly hours and each demo client has a session coming up; seeding
again adds nothing."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from demo.content import DEMO_PASSWORD
from portal.models import Appointment, Availability

pytestmark = pytest.mark.django_db


def test_demo_hours_and_bookings_once(client):
    call_command("seed_demo", stdout=None)
    hours, booked = Availability.objects.count(), list(Appointment.objects.values_list("pk"))
    call_command("seed_demo", stdout=None)
    assert (Availability.objects.count(), list(Appointment.objects.values_list("pk"))) == (
        hours,
        booked,
    )
    assert hours >= 4
    for email in ("client.one@tranquil.example", "client.two@tranquil.example"):
        assert Appointment.objects.upcoming(timezone.now()).filter(client__user__email=email)
    sam = Appointment.objects.get(client__user__email="client.one@tranquil.example")
    client.login(email="client.one@tranquil.example", password=DEMO_PASSWORD)
    assert f"/portal/appointments/{sam.pk}/" in client.get("/portal/").content.decode()

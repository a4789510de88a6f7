"""Twenty clients pressing Book on the same slot at the same moment: one gets it, everyone
else hears that it has just gone, and nobody sees a server error.

Real threads, each with its own database connection, against SQLite and (in CI)
PostgreSQL. The database's unique constraint on a coach's booked starts decides.
"""

import threading
from datetime import time

import pytest
from django.db import connection
from django.test import Client

from portal import booking
from portal.factories import ClientFactory, CoachFactory
from portal.models import Appointment, Availability

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 20


def run_together(count, work):
    """Start `count` threads that wait for each other, then all call `work(n)` at once."""
    barrier = threading.Barrier(count)
    errors = []

    def run(n):
        try:
            barrier.wait(timeout=30)
            work(n)
        except Exception as error:  # noqa: BLE001 - reported by the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_twenty_clients_one_slot_exactly_one_booking():
    coach = CoachFactory()
    for weekday in range(7):
        Availability.objects.create(coach=coach, weekday=weekday, starts=time(8), ends=time(20))
    clients = [ClientFactory(coach=coach) for _ in range(PEOPLE)]
    slot = booking.free_slots(coach)[0]
    browsers = []
    for person in clients:
        browser = Client()
        browser.force_login(person.user)
        browsers.append(browser)
    answers = []

    def book(n):
        response = browsers[n].post("/portal/appointments/book/", {"slot": slot.key})
        answers.append((response.status_code, response.content.decode()))

    errors = run_together(PEOPLE, book)
    assert errors == []
    statuses = sorted(status for status, _ in answers)
    assert statuses == [302] + [409] * (PEOPLE - 1), statuses
    for status, page in answers:
        if status == 409:
            assert "Someone has just taken that time" in page or "try again" in page
    assert Appointment.objects.filter(starts_at=slot.starts_at, status="booked").count() == 1

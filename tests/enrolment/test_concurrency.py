"""Many people pressing Enrol at the same moment: exactly the first N get the offer price.

Runs real threads, each with its own database connection, against SQLite and (in CI)
PostgreSQL. The claim is one conditional UPDATE, so no interleaving can overbook.
"""

import threading

import pytest
from django.db import connection
from django.test import Client

from enrolment.factories import OfferFactory
from enrolment.models import Enrolment

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 40
PLACES = 14


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


@pytest.fixture
def post_enrolment(enrol_page, enrol_data, settings):
    settings.ENROL_RATE_LIMIT = (1000, 3600)
    statuses = []

    def post(n, email=None):
        response = Client(REMOTE_ADDR=f"10.0.0.{n + 1}").post(
            "/enrol/", enrol_data(email=email or f"person{n}@example.com")
        )
        statuses.append(response.status_code)

    post.statuses = statuses
    return post


def test_forty_at_once_leave_exactly_fourteen_offer_places(post_enrolment):
    offer = OfferFactory(places=PLACES)
    errors = run_together(PEOPLE, post_enrolment)
    assert errors == []
    assert post_enrolment.statuses == [302] * PEOPLE
    assert Enrolment.objects.count() == PEOPLE
    places = sorted(Enrolment.objects.exclude(place=None).values_list("place", flat=True))
    assert places == list(range(1, PLACES + 1))
    assert Enrolment.objects.filter(price=offer.offer_price).count() == PLACES
    assert Enrolment.objects.filter(price=offer.regular_price).count() == PEOPLE - PLACES
    offer.refresh_from_db()
    assert offer.places_taken == PLACES


def test_one_person_pressing_enrol_in_ten_tabs_keeps_one_place(post_enrolment):
    offer = OfferFactory(places=PLACES)
    errors = run_together(10, lambda n: post_enrolment(n, email="same@example.com"))
    assert errors == []
    assert post_enrolment.statuses == [302] * 10
    assert list(Enrolment.objects.values_list("email", "place")) == [("same@example.com", 1)]
    offer.refresh_from_db()
    assert offer.places_taken == 1

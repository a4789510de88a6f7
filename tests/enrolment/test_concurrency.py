"""Many people pressing Enrol at the same moment: exactly the first N get the offer price,
and where the offer takes payment, exactly N pay for it however many walk away.

Runs real threads, each with its own database connection, against SQLite and (in CI)
PostgreSQL. The claim is one conditional UPDATE, so no interleaving can overbook.
"""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from payments import PaymentStatus

from enrolment.factories import OfferFactory
from enrolment.models import Enrolment, EnrolmentPayment, Invoice, Offer

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


PAY = {"status": "confirmed", "fraud_status": "accept", "gateway_response": "3ds-disabled"}


def test_forty_at_once_with_payers_abandoning_leave_exactly_fourteen_paid_places(
    enrol_page, enrol_data, settings
):
    """Everyone who gets a hold either pays, declines at the payment step or walks away;
    the places those leave go back, and a second crowd takes them. However the threads
    interleave: never more than fourteen paid, and in the end exactly fourteen, each with
    its own place at the offer price and its own invoice number, none skipped."""
    settings.ENROL_RATE_LIMIT = (1000, 3600)
    offer = OfferFactory(places=PLACES, payment=Offer.Payment.FULL)
    outcomes = []

    def enrol_and_pay(n, abandon):
        browser = Client(REMOTE_ADDR=f"10.0.{n // 250}.{n % 250 + 1}")
        response = browser.post("/enrol/", enrol_data(email=f"person{n}@example.com"))
        pay_url = response["Location"]
        if "/pay/" not in pay_url:
            outcomes.append("no place")
            return
        browser.get(pay_url)  # the payment step opens
        if abandon == "walks away":
            outcomes.append(abandon)
            return
        status = "rejected" if abandon == "declines" else "confirmed"
        assert browser.post(pay_url, {**PAY, "status": status}).status_code == 302
        outcomes.append(abandon or "paid")

    def first_crowd(n):
        enrol_and_pay(n, {0: "declines", 1: "walks away"}.get(n % 4))

    assert run_together(PEOPLE, first_crowd) == []
    paid = Enrolment.objects.filter(payment_state=Enrolment.PaymentState.PAID)
    assert 0 < paid.count() < PLACES
    # Those who walked away: their holds run out.
    Enrolment.objects.filter(payment_state=Enrolment.PaymentState.AWAITING).update(
        held_until=timezone.now() - timedelta(minutes=1)
    )

    assert run_together(PEOPLE, lambda n: enrol_and_pay(PEOPLE + n, None)) == []

    assert outcomes.count("paid") == PLACES
    assert sorted(paid.values_list("place", flat=True)) == list(range(1, PLACES + 1))
    assert set(paid.values_list("price", flat=True)) == {offer.offer_price}
    assert not Enrolment.objects.filter(payment_state=Enrolment.PaymentState.AWAITING).exists()
    assert EnrolmentPayment.objects.filter(status=PaymentStatus.CONFIRMED).count() == PLACES
    numbers = sorted(Invoice.objects.values_list("number", flat=True))
    assert numbers == list(range(1, PLACES + 1))
    offer.refresh_from_db()
    assert offer.places_taken == PLACES

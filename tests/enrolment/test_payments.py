"""Paying the offer price at enrolment through django-payments' dummy provider: the held
place, paying, failing, running out of time, paying late, receipts and invoice numbers."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from payments import PaymentStatus

from enrolment.factories import OfferFactory
from enrolment.models import Enrolment, EnrolmentPayment, Invoice, Offer

pytestmark = pytest.mark.django_db

PAID = {"status": "confirmed", "fraud_status": "accept", "gateway_response": "3ds-disabled"}
DECLINED = {**PAID, "status": "rejected"}
STATE = Enrolment.PaymentState


@pytest.fixture
def paid_offer(db):
    return OfferFactory(places=2, payment=Offer.Payment.FULL)


@pytest.fixture
def start(client, enrol):
    """Enrol on the paid offer and land on the payment step; the step's address."""

    def run(email="lee@example.com"):
        response = enrol(email=email)
        assert response.redirect_chain, response.content.decode()[:500]
        pay_url = response.redirect_chain[-1][0]
        assert re.fullmatch(r"/enrol/pay/[0-9a-f-]{36}/", pay_url)
        return pay_url

    return run


@pytest.fixture
def pay(client, django_capture_on_commit_callbacks):
    def run(pay_url, outcome=PAID):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(pay_url, outcome, follow=True)

    return run


def expire(enrolment):
    Enrolment.objects.filter(pk=enrolment.pk).update(
        held_until=timezone.now() - timedelta(minutes=1)
    )


def test_a_paid_offer_holds_the_place_and_asks_for_the_price(client, paid_offer, start):
    pay_url = start()
    enrolment = Enrolment.objects.get()
    assert (enrolment.place, enrolment.price, enrolment.payment_state) == (
        1,
        Decimal("50"),
        STATE.AWAITING,
    )
    held = enrolment.held_until - timezone.now()
    assert timedelta(minutes=14) < held <= timedelta(minutes=15)
    payment = EnrolmentPayment.objects.get()
    assert payment.total == Decimal("50") and payment.is_pending
    html = client.get(pay_url).content.decode()
    assert "Pay £50.00" in html and "It is held until" in html
    assert client.get(pay_url)["Cache-Control"].startswith("max-age=0")
    confirmation = mail.outbox[0]
    assert pay_url in confirmation.body and "held until" in confirmation.body


def test_a_deposit_offer_asks_for_the_deposit(paid_offer, start):
    Offer.objects.filter(pk=paid_offer.pk).update(
        payment=Offer.Payment.DEPOSIT, deposit=Decimal("15")
    )
    start()
    payment = EnrolmentPayment.objects.get()
    assert payment.total == Decimal("15") and payment.description.startswith("Deposit")


def test_paying_keeps_the_place_with_one_invoice_and_one_receipt(client, paid_offer, start, pay):
    pay_url = start()
    mail.outbox.clear()
    response = pay(pay_url)
    html = response.content.decode()
    assert "We have received your payment of £50.00" in html
    assert "invoice INV-00001" in html
    enrolment = Enrolment.objects.get()
    assert enrolment.payment_state == STATE.PAID and enrolment.held_until is None
    invoice = Invoice.objects.get()
    assert (invoice.number, invoice.amount, invoice.billed_email) == (
        1,
        Decimal("50"),
        "lee@example.com",
    )
    assert "Tranquil" in invoice.seller
    (receipt,) = mail.outbox
    assert receipt.subject == "Your receipt from Tranquil: invoice INV-00001"
    assert "INV-00001" in receipt.body and "£50.00" in receipt.alternatives[0][0]
    # The provider confirms again (a replayed callback): nothing new is recorded or sent.
    payment = EnrolmentPayment.objects.get()
    payment.change_status(PaymentStatus.CONFIRMED)
    payment.settle()
    assert Invoice.objects.count() == 1 and len(mail.outbox) == 1
    paid_offer.refresh_from_db()
    assert paid_offer.places_taken == 1


def test_a_declined_payment_gives_the_place_back_and_can_hold_one_again(
    client, paid_offer, start, pay
):
    pay_url = start()
    html = pay(pay_url, DECLINED).content.decode()
    assert "Nothing was taken" in html and "Hold a place and pay again" in html
    enrolment = Enrolment.objects.get()
    assert (enrolment.place, enrolment.payment_state) == (None, STATE.RELEASED)
    assert enrolment.price == paid_offer.regular_price
    paid_offer.refresh_from_db()
    assert paid_offer.places_taken == 0

    response = client.post(pay_url, {"hold_again": "1"})
    fresh = EnrolmentPayment.objects.exclude(pk=EnrolmentPayment.objects.earliest("pk").pk).get()
    assert response["Location"] == fresh.result_path()
    enrolment.refresh_from_db()
    assert (enrolment.place, enrolment.payment_state) == (1, STATE.AWAITING)
    first = EnrolmentPayment.objects.earliest("pk")
    assert first.status == PaymentStatus.REJECTED
    pay(fresh.result_path())
    enrolment.refresh_from_db()
    assert enrolment.payment_state == STATE.PAID


def test_holding_again_cancels_the_payment_left_open(client, paid_offer, start):
    pay_url = start()
    client.get(pay_url)  # the payment step is open
    expire(Enrolment.objects.get())
    assert "Hold a place and pay again" in client.get(pay_url).content.decode()
    client.post(pay_url, {"hold_again": "1"})
    statuses = list(EnrolmentPayment.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [PaymentStatus.CANCELLED, PaymentStatus.WAITING]


def test_a_hold_that_runs_out_gives_its_place_to_the_next_person(paid_offer, start, enrol):
    Offer.objects.filter(pk=paid_offer.pk).update(places=1)
    start("first@example.com")
    first = Enrolment.objects.get()
    enrol(email="second@example.com")
    second = Enrolment.objects.get(email="second@example.com")
    assert second.place is None  # the first hold is still running
    Enrolment.objects.filter(pk=second.pk).delete()
    expire(first)
    start("third@example.com")
    first.refresh_from_db()
    third = Enrolment.objects.get(email="third@example.com")
    assert (first.place, first.payment_state) == (None, STATE.RELEASED)
    assert (third.place, third.payment_state) == (1, STATE.AWAITING)


def test_the_release_command_gives_back_expired_holds(paid_offer, start):
    start()
    expire(Enrolment.objects.get())
    call_command("release_holds")
    paid_offer.refresh_from_db()
    assert paid_offer.places_taken == 0
    assert Enrolment.objects.get().payment_state == STATE.RELEASED


def test_a_late_payment_is_honoured_while_a_place_is_free(client, paid_offer, start, pay):
    pay_url = start()
    client.get(pay_url)
    expire(Enrolment.objects.get())
    call_command("release_holds")
    payment = EnrolmentPayment.objects.get()
    payment.change_status(PaymentStatus.CONFIRMED)  # the provider's answer comes late
    enrolment = Enrolment.objects.get()
    assert (enrolment.place, enrolment.payment_state) == (1, STATE.PAID)
    assert enrolment.price == paid_offer.offer_price
    assert Invoice.objects.count() == 1


def test_a_late_payment_after_the_places_went_is_refunded_by_the_owner(
    client, owner, paid_offer, start, django_capture_on_commit_callbacks
):
    Offer.objects.filter(pk=paid_offer.pk).update(places=1)
    start("late@example.com")
    late = Enrolment.objects.get()
    expire(late)
    start("prompt@example.com")  # takes the place the late payer's hold gave back
    payment = EnrolmentPayment.objects.get(enrolment=late)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        payment.change_status(PaymentStatus.CONFIRMED)
    late.refresh_from_db()
    assert (late.place, late.payment_state) == (None, STATE.REFUND_DUE)
    (receipt,) = mail.outbox
    assert "will be refunded in full" in receipt.body
    paid_offer.refresh_from_db()
    assert paid_offer.places_taken == 1

    client.force_login(owner)
    response = client.post(f"/admin/enrolment/payment/{payment.pk}/refund/", follow=True)
    assert "Refunded £50.00 to late@example.com" in response.content.decode()
    payment.refresh_from_db()
    late.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED
    assert late.payment_state == STATE.REFUNDED


def test_invoice_numbers_have_no_gaps_when_a_payment_is_rolled_back(paid_offer, start):
    Offer.objects.filter(pk=paid_offer.pk).update(places=5)
    for n in range(3):
        start(f"person{n}@example.com")
    first, second, third = EnrolmentPayment.objects.order_by("pk")
    first.change_status(PaymentStatus.CONFIRMED)
    with pytest.raises(RuntimeError), transaction.atomic():
        second.change_status(PaymentStatus.CONFIRMED)
        raise RuntimeError("the database went away before commit")
    third.change_status(PaymentStatus.CONFIRMED)
    second.refresh_from_db()
    second.change_status(PaymentStatus.CONFIRMED)
    numbers = dict(Invoice.objects.values_list("payment_id", "number"))
    assert numbers == {first.pk: 1, third.pk: 2, second.pk: 3}


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"payment": Offer.Payment.DEPOSIT, "deposit": None}, "deposit"),
        ({"payment": Offer.Payment.DEPOSIT, "deposit": Decimal("60")}, "deposit"),
        ({"hold_minutes": 2}, "hold_minutes"),
    ],
)
def test_an_offer_refuses_a_deposit_or_hold_that_makes_no_sense(fields, field):
    offer = OfferFactory.build(**fields)
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert field in error.value.message_dict


def test_an_offer_without_payment_enrols_as_before(enrol, offer):
    enrol()
    enrolment = Enrolment.objects.get()
    assert (enrolment.place, enrolment.payment_state) == (1, STATE.NONE)
    assert not EnrolmentPayment.objects.exists()


def test_a_payment_step_for_no_payment_is_404(client, enrol_page):
    assert client.get("/enrol/pay/00000000-0000-4000-8000-000000000000/").status_code == 404
    assert client.get("/enrol/pay/not-a-token/").status_code == 404


def test_back_from_the_providers_checkout_the_page_waits_for_the_confirmation(
    client, paid_offer, start
):
    pay_url = start()
    payment = EnrolmentPayment.objects.get()
    assert payment.get_success_url() == pay_url + "?outcome=returned"
    html = client.get(payment.get_success_url()).content.decode()
    assert "Payment in progress" in html and "Pay £50.00" not in html
    payment.change_status(PaymentStatus.CONFIRMED)  # the webhook arrives
    assert "We have received your payment" in client.get(pay_url).content.decode()

"""Stripe's webhooks for offer places, signed with Stripe's own signature code: a replay
records nothing twice, and a stale, forged or mismatched event changes nothing at all."""

import json
import time
from datetime import timedelta
from decimal import Decimal

import pytest
import stripe
from django.core import mail
from django.utils import timezone
from payments import PaymentStatus

from enrolment.factories import OfferFactory
from enrolment.models import Enrolment, EnrolmentPayment, Invoice, Offer

from ..conftest import STRIPE_WEBHOOK_SECRET as SECRET

pytestmark = pytest.mark.django_db

STATE = Enrolment.PaymentState


@pytest.fixture
def held(enrol_page, stripe_variant):
    """Someone holding an offer place, their payment opened at Stripe."""

    def make(email="lee@example.com", places=2):
        offer = Offer.objects.filter(title="Paid").first() or OfferFactory(
            title="Paid", places=places, payment=Offer.Payment.FULL
        )
        enrolment, _ = Enrolment.enrol(
            offer=offer,
            regular_price=Decimal("80"),
            email=email,
            name="Lee Morgan",
            help_with="Sleep.",
            service="coaching",
            consent_text="I agree.",
        )
        return EnrolmentPayment.start(enrolment)

    return make


def signed(event, secret=SECRET, age=0):
    """The body and Stripe-Signature header Stripe would send, made by Stripe's library."""
    body = json.dumps(event)
    stamp = int(time.time()) - age
    signature = stripe.WebhookSignature._compute_signature(f"{stamp}.{body}", secret)
    return body, f"t={stamp},{stripe.WebhookSignature.EXPECTED_SCHEME}={signature}"


def session_event(token, kind="checkout.session.completed", amount_total=5000, currency="gbp"):
    expired = kind == "checkout.session.expired"
    return {
        "id": "evt_1",
        "object": "event",
        "type": kind,
        "data": {
            "object": {
                "id": "cs_test_1",
                "object": "checkout.session",
                "client_reference_id": str(token),
                "status": "expired" if expired else "complete",
                "payment_status": "unpaid" if expired else "paid",
                "payment_intent": "pi_test_1",
                "amount_total": amount_total,
                "currency": currency,
            }
        },
    }


@pytest.fixture
def deliver(client, django_capture_on_commit_callbacks):
    def post(event, **signing):
        body, signature = signed(event, **signing)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                "/payments/process/default/",
                body,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=signature,
            )

    return post


def test_a_replayed_webhook_keeps_one_place_one_invoice_and_one_receipt(held, deliver):
    payment = held()
    mail.outbox.clear()
    for _ in range(3):  # Stripe retries until it hears 200, and may deliver twice anyway
        assert deliver(session_event(payment.token)).status_code == 200
    payment.refresh_from_db()
    enrolment = payment.enrolment
    enrolment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED
    assert payment.captured_amount == Decimal("50")
    assert (enrolment.place, enrolment.payment_state) == (1, STATE.PAID)
    assert Invoice.objects.count() == 1
    assert [m.subject for m in mail.outbox] == ["Your receipt from Tranquil: invoice INV-00001"]
    assert Offer.objects.get().places_taken == 1


@pytest.mark.parametrize(
    ("event", "signing"),
    [
        ({}, {"secret": "whsec_forged"}),
        ({}, {"age": 3600}),  # replayed an hour later: past Stripe's five-minute tolerance
        ({"amount_total": 100}, {}),  # £1 paid for a £50 place
        ({"currency": "usd"}, {}),
    ],
    ids=["forged", "stale", "amount", "currency"],
)
def test_a_webhook_that_does_not_match_changes_nothing(held, deliver, event, signing):
    payment = held()
    mail.outbox.clear()
    response = deliver(session_event(payment.token, **event), **signing)
    assert response.status_code == 400
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.WAITING
    assert payment.enrolment.payment_state == STATE.AWAITING
    assert not Invoice.objects.exists() and not mail.outbox


def test_a_webhook_for_no_payment_is_404(held, deliver):
    held()
    response = deliver(session_event("00000000-0000-4000-8000-000000000000"))
    assert response.status_code == 404


def test_an_expired_checkout_gives_the_place_back(held, deliver):
    payment = held()
    deliver(session_event(payment.token, kind="checkout.session.expired"))
    enrolment = Enrolment.objects.get()
    assert (enrolment.place, enrolment.payment_state) == (None, STATE.RELEASED)
    assert Offer.objects.get().places_taken == 0
    # Stripe's answer to the same checkout arriving again changes nothing more.
    deliver(session_event(payment.token, kind="checkout.session.expired"))
    assert Offer.objects.get().places_taken == 0


def test_a_payment_after_the_hold_ran_out_takes_a_free_place(held, deliver):
    payment = held()
    Enrolment.objects.update(held_until=timezone.now() - timedelta(minutes=1))
    Offer.objects.get().release_expired_holds()
    deliver(session_event(payment.token))
    enrolment = Enrolment.objects.get()
    assert (enrolment.place, enrolment.payment_state) == (1, STATE.PAID)


def test_a_payment_after_the_places_went_is_marked_for_refund_never_placed(held, deliver):
    late = held("late@example.com", places=1)
    Enrolment.objects.update(held_until=timezone.now() - timedelta(minutes=1))
    prompt = held("prompt@example.com")  # enrolling gives the late hold's place away
    deliver(session_event(prompt.token))
    deliver(session_event(late.token))
    states = dict(Enrolment.objects.values_list("email", "payment_state"))
    assert states == {"late@example.com": STATE.REFUND_DUE, "prompt@example.com": STATE.PAID}
    assert Offer.objects.get().places_taken == 1
    # Both payments were received, so both have an invoice, numbered in order.
    assert list(Invoice.objects.order_by("number").values_list("billed_email", flat=True)) == [
        "prompt@example.com",
        "late@example.com",
    ]

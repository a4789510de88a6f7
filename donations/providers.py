"""Stripe Checkout through django-payments, checked before anything is recorded.

A webhook whose signature fails (forged, or older than Stripe's five-minute tolerance), or
whose session names another amount or currency than the donation, is refused with a 400
and changes nothing.
"""

import logging

import stripe
from payments import PaymentError
from payments.stripe import StripeProviderV3

logger = logging.getLogger(__name__)

PAID_EVENTS = {"checkout.session.completed", "checkout.session.async_payment_succeeded"}


class CheckedStripeProvider(StripeProviderV3):
    def return_event_payload(self, request):
        try:
            return super().return_event_payload(request)
        except (ValueError, stripe.SignatureVerificationError) as error:
            logger.warning("Stripe webhook refused: %s", type(error).__name__)
            raise PaymentError("The webhook's signature or body is not valid.", code=400) from error

    def process_data(self, payment, request):
        event = self.return_event_payload(request)
        session = (event.get("data") or {}).get("object") or {}
        if event.get("type") in PAID_EVENTS and not self.matches(payment, session):
            logger.warning("Stripe webhook for donation %s refused: amount mismatch", payment.pk)
            raise PaymentError("The session does not match the donation.", code=400)
        return super().process_data(payment, request)

    def matches(self, payment, session):
        expected = self.convert_amount(payment.currency, payment.total)
        return (
            session.get("amount_total") == expected
            and str(session.get("currency", "")).lower() == payment.currency.lower()
        )

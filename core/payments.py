"""What every kind of payment shares (donations, enrolment fees): the statuses in the
owner's words, a status that never goes back once settled, return addresses, the Stripe
provider that checks webhooks before anything is recorded, and the callback addresses that
find a payment whatever model it lives in.

django-payments names one PAYMENT_MODEL; its callbacks here look a token up in every
concrete payment model instead, so donations and enrolment fees share one Stripe webhook.
"""

import logging

import stripe
from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from payments import PaymentError, PaymentStatus
from payments.core import get_base_url, provider_factory
from payments.models import BasePayment
from payments.stripe import StripeProviderV3

logger = logging.getLogger(__name__)

CURRENCY = "GBP"
DUMMY_PROVIDER = "payments.dummy.DummyProvider"
SETTLED = {PaymentStatus.CONFIRMED, PaymentStatus.REFUNDED}
UNSETTLED = {PaymentStatus.WAITING, PaymentStatus.INPUT, PaymentStatus.PREAUTH}
FAILED = {PaymentStatus.REJECTED, PaymentStatus.ERROR, PaymentStatus.CANCELLED}
# django-payments' status names are the gateway's; the owner reads these.
STATUS_CHOICES = [
    (PaymentStatus.WAITING, "Not completed"),
    (PaymentStatus.INPUT, "Not completed (at the payment step)"),
    (PaymentStatus.PREAUTH, "Authorised, not yet taken"),
    (PaymentStatus.CONFIRMED, "Paid"),
    (PaymentStatus.REJECTED, "Declined"),
    (PaymentStatus.REFUNDED, "Refunded"),
    (PaymentStatus.ERROR, "Failed"),
    (PaymentStatus.CANCELLED, "Cancelled"),
]
PAID_EVENTS = {"checkout.session.completed", "checkout.session.async_payment_succeeded"}


class Payment(BasePayment):
    """A payment whose confirmation sticks: callbacks arrive late, twice or out of order,
    and none of them may turn a confirmed payment back into a waiting or rejected one."""

    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=PaymentStatus.WAITING)

    class Meta:
        abstract = True

    def change_status(self, status, message=""):
        """Move to a real status; once confirmed, only a refund may follow."""
        if status not in dict(PaymentStatus.CHOICES):
            raise ValueError(f"Not a payment status: {status!r}")
        settled_onward = {
            PaymentStatus.CONFIRMED: {PaymentStatus.CONFIRMED, PaymentStatus.REFUNDED},
            PaymentStatus.REFUNDED: {PaymentStatus.REFUNDED},
        }
        if self.status in settled_onward and status not in settled_onward[self.status]:
            return
        # A repeated confirmation passes through: its receivers retry what is still undone.
        super().change_status(status, message)

    def absolute(self, path):
        """Real providers send the payer back from their site, so they need a full address;
        the offline dummy provider redirects within this one."""
        provider = settings.PAYMENT_VARIANTS[self.variant][0]
        return path if provider == DUMMY_PROVIDER else get_base_url() + path

    @property
    def is_confirmed(self):
        return self.status == PaymentStatus.CONFIRMED

    @property
    def is_pending(self):
        return self.status in UNSETTLED


class CheckedStripeProvider(StripeProviderV3):
    """Stripe Checkout, checked before anything is recorded: a webhook whose signature fails
    (forged, or older than Stripe's five-minute tolerance), or whose session names another
    amount or currency than the payment, is refused with a 400 and changes nothing."""

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
            logger.warning("Stripe webhook for payment %s refused: amount mismatch", payment.pk)
            raise PaymentError("The session does not match the payment.", code=400)
        return super().process_data(payment, request)

    def matches(self, payment, session):
        expected = self.convert_amount(payment.currency, payment.total)
        return (
            session.get("amount_total") == expected
            and str(session.get("currency", "")).lower() == payment.currency.lower()
        )


def payment_for(token):
    """The payment with this token, in whichever payment model holds it."""
    for model in apps.get_models():
        if issubclass(model, BasePayment):
            payment = model.objects.filter(token=token).first()
            if payment is not None:
                return payment
    raise Http404("No such payment")


@csrf_exempt
@transaction.atomic
def process_data(request, token, provider=None):
    """A provider's callback about one payment (django-payments' own view, for any model)."""
    payment = payment_for(token)
    try:
        provider = provider or provider_factory(payment.variant, payment)
    except ValueError as error:
        raise Http404("No such payment") from error
    return provider.process_data(payment, request)


@csrf_exempt
def static_callback(request, variant):
    """A provider's webhook to its one address (Stripe): the token is in the event."""
    try:
        provider = provider_factory(variant)
    except ValueError:
        return JsonResponse({"error": "Unknown payment provider."}, status=400)
    token = provider.get_token_from_request(request=request, payment=None)
    if not token:
        return JsonResponse({"error": "The webhook names no payment."}, status=400)
    try:
        return process_data(request, token, provider)
    except Http404:
        return JsonResponse({"error": "Payment not found."}, status=404)


def refusing(view):
    """Answer 4xx to whatever a callback cannot use: a provider's refusal (a forged webhook,
    a dummy provider that takes no webhooks, an unknown status) must not become a 500."""

    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PaymentError as error:
            return JsonResponse({"error": str(error)}, status=400)
        except (NotImplementedError, ValueError):
            return JsonResponse({"error": "This payment callback is not accepted."}, status=400)

    return wrapper

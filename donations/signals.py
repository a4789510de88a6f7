"""React to payment status changes, whichever way they arrive (dummy form, Stripe webhook)."""

from django.db import transaction
from django.dispatch import receiver
from payments import PaymentStatus
from payments.signals import status_changed

from .models import Donation
from .tasks import send_thanks


@receiver(status_changed, sender=Donation)
def thank_when_confirmed(sender, instance, **kwargs):
    """Queue the thank-you; the task itself makes sure it goes out once."""
    if instance.status == PaymentStatus.CONFIRMED and instance.billing_email:
        transaction.on_commit(lambda: send_thanks.enqueue(instance.pk))

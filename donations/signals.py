"""React to payment status changes, whichever way they arrive (dummy form, Stripe webhook)."""

import logging

from django.db import transaction
from django.dispatch import receiver
from payments import PaymentStatus
from payments.signals import status_changed

from .models import Donation
from .tasks import send_thanks

logger = logging.getLogger(__name__)


@receiver(status_changed, sender=Donation)
def record_confirmation(sender, instance, **kwargs):
    """Thank the donor once: a replayed or repeated confirmation changes nothing more."""
    if instance.status != PaymentStatus.CONFIRMED:
        return
    claimed = Donation.objects.filter(pk=instance.pk, thanked=False).update(thanked=True)
    # Providers save this same instance again (fraud status, captured amount): keep it true.
    instance.thanked = True
    if claimed:
        logger.info("Donation %s confirmed", instance.pk)
        if instance.billing_email:
            transaction.on_commit(lambda: send_thanks.enqueue(instance.pk))

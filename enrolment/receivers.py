"""What follows an enrolment: the confirmation and the practice's notice, in the
background; a payment's outcome for the place it was held for, and its receipt; and the
offer banner's places left, shown afresh when one is taken or given back."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from payments import PaymentStatus
from payments.signals import status_changed

from core.fragments import bump
from core.payments import FAILED
from core.purge import purge_everything

from .models import EnrolmentPayment, Offer
from .signals import enrolled
from .tasks import send_enrolment_emails, send_receipt


@receiver(enrolled)
def email_the_enrolment(sender, enrolment, again, **kwargs):
    transaction.on_commit(lambda: send_enrolment_emails.enqueue(enrolment.pk, again=again))
    if enrolment.on_offer and not again:
        transaction.on_commit(banner_changed, robust=True)


@receiver(status_changed, sender=EnrolmentPayment)
def payment_changed(sender, instance, **kwargs):
    """Paid: keep the place (or find one), invoice and send the receipt, however many
    times the confirmation arrives. Failed or cancelled: give the held place back, unless
    a newer payment for the same enrolment holds it. Refunded: note it."""
    if instance.status == PaymentStatus.CONFIRMED:
        instance.settle()
        transaction.on_commit(lambda: send_receipt.enqueue(instance.pk))
    elif instance.status in FAILED:
        latest = instance.enrolment.payments.order_by("-created", "-pk").first()
        if latest == instance and instance.enrolment.release_hold():
            transaction.on_commit(banner_changed, robust=True)
    elif instance.status == PaymentStatus.REFUNDED:
        instance.refunded()


@receiver(post_save, sender=Offer)
@receiver(post_delete, sender=Offer)
def offer_changed(sender, **kwargs):
    transaction.on_commit(banner_changed, robust=True)


def banner_changed():
    """The banner's places left are on every public page."""
    bump("offer")
    purge_everything()

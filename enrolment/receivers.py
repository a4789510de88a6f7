"""What follows an enrolment: the confirmation and the practice's notice, in the
background; and the offer banner's places left, shown afresh when one is taken."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.fragments import bump
from core.purge import purge_everything

from .models import Offer
from .signals import enrolled
from .tasks import send_enrolment_emails


@receiver(enrolled)
def email_the_enrolment(sender, enrolment, again, **kwargs):
    transaction.on_commit(lambda: send_enrolment_emails.enqueue(enrolment.pk, again=again))
    if enrolment.on_offer and not again:
        transaction.on_commit(banner_changed, robust=True)


@receiver(post_save, sender=Offer)
@receiver(post_delete, sender=Offer)
def offer_changed(sender, **kwargs):
    transaction.on_commit(banner_changed, robust=True)


def banner_changed():
    """The banner's places left are on every public page."""
    bump("offer")
    purge_everything()

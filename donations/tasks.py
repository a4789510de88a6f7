"""Thank-you emails to donors, sent in the background."""

import logging

from django_tasks import task

from core.emails import send_email

from .models import Donation

logger = logging.getLogger(__name__)


@task()
def send_thanks(donation_id):
    """Thank a donor once, however many confirmations arrive.

    The donation is claimed with one UPDATE before sending; if sending fails the claim
    is released, so the next confirmation (or a retrying task backend) tries again.
    """
    claimed = Donation.objects.filter(pk=donation_id, thanked=False).update(thanked=True)
    if not claimed:
        return
    donation = Donation.objects.get(pk=donation_id)
    try:
        send_email("donations/email/thanks", donation.billing_email, {"donation": donation})
    except Exception:
        Donation.objects.filter(pk=donation_id).update(thanked=False)
        raise
    logger.info("Thanked donor for donation %s", donation_id)

"""Thank-you emails to donors, sent in the background."""

from django_tasks import task

from home.emails import send_email


@task()
def send_thanks(donation_id):
    from .models import Donation

    donation = Donation.objects.get(pk=donation_id)
    send_email("donations/email/thanks", donation.billing_email, {"donation": donation})

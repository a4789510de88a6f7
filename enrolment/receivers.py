"""What follows an enrolment: the confirmation and the practice's notice, in the background."""

from django.db import transaction
from django.dispatch import receiver

from .signals import enrolled
from .tasks import send_enrolment_emails


@receiver(enrolled)
def email_the_enrolment(sender, enrolment, again, **kwargs):
    transaction.on_commit(lambda: send_enrolment_emails.enqueue(enrolment.pk, again=again))

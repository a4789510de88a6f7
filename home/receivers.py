"""What follows the home app's signals: the contact message's emails, sent in the background."""

from django.db import transaction
from django.dispatch import receiver

from .signals import contact_message_received
from .tasks import send_contact_emails


@receiver(contact_message_received)
def email_the_message(sender, submission, **kwargs):
    transaction.on_commit(lambda: send_contact_emails.enqueue(submission.pk))

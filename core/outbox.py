"""The durable outbox: every email the site sends waits in the database until the mail
server has accepted it (django-mailer keeps the queue; `manage.py deliver_mail` sends it).

The site hands mail to `OutboxBackend` (EMAIL_BACKEND), which only stores it. The worker
hands it to the server through MAILER_EMAIL_BACKEND, one of the delivering backends below;
they tell the rest of the site, through `email_accepted`, which messages the server took.
A failed attempt leaves the message waiting, and the worker tries again, backing off while
the server stays away: an outage of any length loses nothing.
"""

import logging
from email.utils import make_msgid

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends import console, locmem, smtp
from django.core.mail.utils import DNS_NAME
from django.dispatch import Signal
from django.utils.module_loading import import_string
from mailer.backend import DbBackend
from mailer.models import (
    PRIORITY_DEFERRED,
    PRIORITY_MAPPING,
    RESULT_FAILURE,
    Message,
    MessageLog,
)

logger = logging.getLogger(__name__)

# The server accepted a message (kwargs: message). A sender that needs to know tags its
# message with `message.tag` (pickled with it into the queue) and listens for this.
email_accepted = Signal()


class OutboxBackend(DbBackend):
    """Queue messages in the database, with the priority each one asks for (`message.priority`:
    "high", "medium" or "low"); a Message-ID from the start, so every attempt logs under it."""

    def send_messages(self, email_messages):
        queued = []
        for email in email_messages:
            if "Message-ID" not in email.extra_headers:
                email.extra_headers["Message-ID"] = make_msgid(domain=DNS_NAME)
            message = Message(priority=PRIORITY_MAPPING[getattr(email, "priority", "medium")])
            message.email = email
            queued.append(message)
        Message.objects.bulk_create(queued)
        return len(queued)


class AnnouncesAcceptance:
    """A delivering backend that says, message by message, what the server accepted."""

    def send_messages(self, email_messages):
        sent = 0
        for email in email_messages:
            if super().send_messages([email]):
                sent += 1
                email_accepted.send(sender=type(email), message=email)
        return sent


class SMTPBackend(AnnouncesAcceptance, smtp.EmailBackend):
    pass


class ConsoleBackend(AnnouncesAcceptance, console.EmailBackend):
    """Development: mail printed by the worker, as it would have been sent."""


class LocmemBackend(AnnouncesAcceptance, locmem.EmailBackend):
    """Tests: Django's in-memory outbox, accepting everything at once."""


def delivery_connection():
    """A connection to the server itself, for senders that keep their own record of what
    went out (article mailings): the outbox's delivering backend when mail is queued, or
    the configured backend when it already delivers (tests)."""
    backend = settings.EMAIL_BACKEND
    if issubclass(import_string(backend), OutboxBackend):
        backend = settings.MAILER_EMAIL_BACKEND
    return get_connection(backend)


def defer(connection, message, error):
    """django-mailer's error handler: whatever went wrong, the message waits for the next
    try (its stock handler gives up on errors it does not know, dropping the rest of the
    round). Returns a fresh connection for the next message."""
    message.defer()
    MessageLog.objects.log(
        message, RESULT_FAILURE, log_message=f"{type(error).__name__}: {error}"[:500]
    )
    logger.warning("Email %s waits for another try: %s", message.pk, error)
    return None, "deferred"


def retry_deferred():
    """Put every message that failed back in the queue, at the priority it asked for."""
    count = 0
    for message in Message.objects.deferred():
        priority = getattr(message.email, "priority", "medium")
        message.priority = PRIORITY_MAPPING[priority]
        message.retry_count += 1
        message.save(update_fields=["priority", "retry_count"])
        count += 1
    return count


def waiting_count():
    return Message.objects.exclude(priority=PRIORITY_DEFERRED).count()


def failed_count():
    return Message.objects.filter(priority=PRIORITY_DEFERRED).count()

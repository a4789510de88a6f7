"""Sending and reading messages between a client and their coach.

A message that mentions one of the practice's care keywords shows its writer the crisis
text at once and flags the conversation on the coach's dashboard until the coach answers.
Recipients are emailed that something is waiting, never what (portal/tasks.py).
"""

from django.db import transaction
from django.utils import timezone

from home.models import SiteSettings

from .models import Message
from .tasks import notify_message


def send(client, coach, author, body, *, from_client):
    """Store a message in the conversation of `client` with `coach`; return it."""
    with transaction.atomic():
        message = Message.objects.create(
            client=client,
            coach=coach,
            author=author,
            from_client=from_client,
            body=body,
            needs_care=from_client and SiteSettings.load().mentions_care_keywords(body),
        )
        transaction.on_commit(lambda: notify_message.enqueue(str(message.pk)))
    return message


def mark_read(conversation, *, by_client):
    """The reader has opened the conversation: what the other side wrote is now read."""
    unread = conversation.unread_by_client() if by_client else conversation.unread_by_coach()
    unread.update(read_at=timezone.now())

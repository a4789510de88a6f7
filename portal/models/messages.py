"""Messages between a client and their coach: one conversation per client and coach."""

from django.conf import settings
from django.db import models

from ..fields import EncryptedTextField, PrivateModel
from .profiles import ClientProfile, CoachProfile
from .querysets import MessageQuerySet


class Message(PrivateModel):
    """One message in the conversation of `client` with `coach`, written by either.

    A new coach starts a new conversation: the old one stays the client's, never theirs.
    """

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="messages")
    coach = models.ForeignKey(
        CoachProfile, null=True, on_delete=models.SET_NULL, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_client = models.BooleanField(default=True)
    body = EncryptedTextField()
    # The client's message mentioned a care keyword: their coach sees the conversation flagged.
    needs_care = models.BooleanField(default=False, editable=False)
    read_at = models.DateTimeField(null=True, blank=True, editable=False)
    # When the recipient was emailed that it was waiting (several share one notice).
    noticed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["created"]
        indexes = [models.Index(fields=["client", "coach", "created"])]

    def __str__(self):
        return "Message"  # never the text

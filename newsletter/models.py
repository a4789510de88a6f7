"""Readers who asked to hear about new articles: by email, or by a push to their browser."""

import hashlib
import secrets

from django.core import signing
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from core.emails import absolute_url


def new_key():
    return secrets.token_urlsafe(24)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        """Only these receive anything: they confirmed from their own inbox."""
        return self.filter(status=Subscriber.Status.SUBSCRIBED)


class Subscriber(models.Model):
    """One email address on the newsletter list, in whatever state it is in."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        SUBSCRIBED = "subscribed", "Subscribed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    email = models.EmailField(unique=True)
    first_name = models.CharField(max_length=60, blank=True)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    # The secret in every unsubscribe link: it works without signing in, and for ever.
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.email

    @property
    def mail_key(self):
        """The address as a hash, for the cache keys that space out sign-up emails."""
        return hashlib.sha256(self.email.encode()).hexdigest()

    @property
    def unsubscribe_url(self):
        return absolute_url(reverse("newsletter:unsubscribe", args=[self.key]))

    def list_headers(self):
        """RFC 8058 one-click unsubscribe: mail apps show a button that POSTs to the link."""
        return {
            "List-Unsubscribe": f"<{self.unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }

    def unsubscribe(self):
        """Take the address off the list; True when it was on it (pending counts)."""
        changed = (
            Subscriber.objects.filter(pk=self.pk)
            .exclude(status=self.Status.UNSUBSCRIBED)
            .update(status=self.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now())
        )
        return bool(changed)


CONFIRM_SALT = "newsletter-confirm"


class Consent(models.Model):
    """The record of one opt-in: the exact words shown, when, and how they were given.

    A sign-up creates one; it counts only once confirmed from the inbox, and the first
    name typed with it is applied then, since anyone can type anyone's address.
    """

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    wording = models.TextField()
    method = models.CharField(max_length=300)
    first_name = models.CharField(max_length=60, blank=True)
    given_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    ip_hash = models.CharField(
        max_length=64, blank=True, help_text="A keyed hash of the address: no one can read it."
    )

    class Meta:
        ordering = ["-given_at", "-pk"]

    def __str__(self):
        return f"{self.subscriber} on {self.given_at:%d %b %Y %H:%M}"

    def confirm_url(self):
        """The double opt-in link: a signed page address, good for a few days."""
        token = signing.dumps(self.pk, salt=CONFIRM_SALT)
        return absolute_url(reverse("newsletter:confirm") + "?token=" + token)


class MailingQuerySet(models.QuerySet):
    def with_progress(self):
        """How many deliveries stand at each status, counted by the database."""
        status = Delivery.Status
        return self.annotate(
            total=Count("deliveries"),
            sent=Count("deliveries", filter=Q(deliveries__status=status.SENT)),
            failed=Count("deliveries", filter=Q(deliveries__status=status.FAILED)),
            waiting=Count(
                "deliveries", filter=Q(deliveries__status__in=[status.PENDING, status.SENDING])
            ),
        )


class Mailing(models.Model):
    """Sending one article to the subscribers: at most one per article, ever."""

    article = models.OneToOneField(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="mailing"
    )
    started_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = MailingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"“{self.article.title}” to subscribers"


class Delivery(models.Model):
    """One subscriber's copy of one mailing; the unique pair makes sending idempotent."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    # Which run of a batch claimed it: a retry or a second worker claims only what is left.
    claim = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mailing", "subscriber"], name="one_delivery_each")
        ]
        indexes = [models.Index(fields=["mailing", "status"])]
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"{self.mailing_id} → {self.subscriber_id}: {self.status}"


class PushSubscription(models.Model):
    """A browser that asked for a notification when an article is published."""

    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=100)
    auth = models.CharField(max_length=50)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    failures = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Browser subscribed {self.created_at:%d %b %Y}"

    def info(self):
        """The subscription as the browser gave it, in the shape pywebpush takes."""
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}


class VapidKey(models.Model):
    """The site's push signing key, made on first use when VAPID_PRIVATE_KEY is not set.

    Kept in the database so every instance behind a load balancer signs with the same key.
    """

    private_key = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "VAPID key"

    def __str__(self):
        return f"VAPID key made {self.created_at:%d %b %Y}"

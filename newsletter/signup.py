"""Double opt-in: a sign-up asks the inbox to confirm, and only a confirmation subscribes.

Whatever the address's state, the visitor sees the same answer; only the inbox's owner
learns more, by email.
"""

import logging
from functools import partial

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from . import tasks
from .models import CONFIRM_SALT, Consent, Subscriber

logger = logging.getLogger(__name__)

MAILED = "newsletter:mailed:{}"
WAITING = "newsletter:waiting:{}"


def sign_up(*, email, first_name, wording, method, ip_hash):
    """Record the opt-in and email the address: a confirmation link, or a note that it is
    already on the list. At most one email per address per NEWSLETTER_EMAIL_INTERVAL."""
    with transaction.atomic():
        subscriber, _ = Subscriber.objects.get_or_create(email=email)
        if subscriber.status == Subscriber.Status.SUBSCRIBED:
            send = partial(tasks.send_already_subscribed.enqueue, subscriber.pk)
        else:
            consent = Consent.objects.create(
                subscriber=subscriber,
                wording=wording,
                method=method,
                first_name=first_name,
                ip_hash=ip_hash,
            )
            send = partial(tasks.send_confirmation.enqueue, consent.pk)
        if mail_allowed(subscriber.mail_key):
            transaction.on_commit(send)
        else:
            logger.info("Newsletter email to subscriber %s held back: sent recently", subscriber.pk)


def mail_allowed(key):
    """False when this address had a sign-up email a moment ago, or has one still waiting
    for the mail server (it will arrive): no inbox flooding."""
    if cache.get(MAILED.format(key)):
        return False
    return cache.add(WAITING.format(key), True, settings.NEWSLETTER_WAITING_TIMEOUT)


def mail_accepted(key):
    """The server took the sign-up email: from now on the interval counts (never before, so
    an email lost to an outage never blocks the next)."""
    cache.set(MAILED.format(key), True, settings.NEWSLETTER_EMAIL_INTERVAL)
    cache.delete(WAITING.format(key))


def consent_for(token):
    """The consent a confirmation link is for.

    Raises signing.SignatureExpired when the link is too old, signing.BadSignature when
    it was never ours, and Consent.DoesNotExist when its sign-up was since erased.
    """
    max_age = settings.NEWSLETTER_CONFIRM_MAX_AGE_DAYS * 24 * 60 * 60
    pk = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    return Consent.objects.select_related("subscriber").get(pk=pk)


def confirm(consent):
    """Subscribe the address the consent is for; False when it was confirmed already."""
    with transaction.atomic():
        consent = Consent.objects.select_for_update().get(pk=consent.pk)
        if consent.confirmed_at:
            return False
        now = timezone.now()
        consent.confirmed_at = now
        consent.save(update_fields=["confirmed_at"])
        fields = {"status": Subscriber.Status.SUBSCRIBED, "confirmed_at": now}
        if consent.first_name:
            fields["first_name"] = consent.first_name
        Subscriber.objects.filter(pk=consent.subscriber_id).update(**fields)
    logger.info("Subscriber %s confirmed", consent.subscriber_id)
    return True

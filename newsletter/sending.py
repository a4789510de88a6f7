"""Sending an article to the subscribers: once per article, once per subscriber.

A mailing is planned by writing one Delivery per confirmed subscriber (the pair is
unique, so planning twice adds nobody twice), then sent in batches. A batch claims its
waiting deliveries with one UPDATE before sending, so a retried task, a second worker or
a second click finds nothing left to send to the same person.
"""

import logging
import secrets
import smtplib
from itertools import islice

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from articles.models import ArticlePage
from core.outbox import delivery_connection
from home.models import SiteSettings

from .models import Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)

# The connection dropped: not the address's fault, so its delivery waits for the next try.
SERVER_GONE = smtplib.SMTPServerDisconnected


def batched(iterable, size):
    """Tuples of up to `size` items (itertools.batched arrives with Python 3.12)."""
    iterator = iter(iterable)
    while chunk := tuple(islice(iterator, size)):
        yield chunk


def plan(mailing_id):
    """Write a delivery for every confirmed subscriber; the batches of those still waiting."""
    mailing = Mailing.objects.get(pk=mailing_id)
    size = settings.NEWSLETTER_BATCH_SIZE
    subscribers = Subscriber.objects.confirmed().order_by("pk").values_list("pk", flat=True)
    for chunk in batched(subscribers.iterator(chunk_size=size), size):
        Delivery.objects.bulk_create(
            [Delivery(mailing=mailing, subscriber_id=pk) for pk in chunk],
            ignore_conflicts=True,
        )
    waiting = (
        mailing.deliveries.filter(status=Delivery.Status.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    batches = list(batched(waiting.iterator(chunk_size=size), size))
    if not batches:
        finish(mailing)
    return batches


def send_batch(delivery_ids):
    """Send the deliveries in this batch that no one has claimed yet."""
    claim = secrets.token_hex(16)
    # Only to addresses still subscribed now: someone may leave while batches wait.
    claimed = Delivery.objects.filter(
        pk__in=delivery_ids,
        status=Delivery.Status.PENDING,
        subscriber__status=Subscriber.Status.SUBSCRIBED,
    ).update(status=Delivery.Status.SENDING, claim=claim, claimed_at=timezone.now())
    Delivery.objects.filter(pk__in=delivery_ids, status=Delivery.Status.PENDING).update(
        status=Delivery.Status.FAILED, error="Unsubscribed before it was sent"
    )
    if not claimed:
        return
    deliveries = list(
        Delivery.objects.filter(pk__in=delivery_ids, claim=claim).select_related("subscriber")
    )
    mailing = Mailing.objects.get(pk=deliveries[0].mailing_id)
    article = ArticlePage.objects.live().public().filter(pk=mailing.article_id).first()
    if article is None:  # unpublished or made private while the mailing waited
        Delivery.objects.filter(pk__in=delivery_ids, claim=claim).update(
            status=Delivery.Status.FAILED, error="The article is no longer published"
        )
        finish(mailing)
        return
    context = article_context(article)
    connection = delivery_connection()
    try:
        connection.open()
    except Exception as error:  # noqa: BLE001 - the server is away: all of it waits
        logger.warning("Mailing %s waits for the mail server: %s", mailing.pk, error)
        release([delivery.pk for delivery in deliveries])
        return
    sent, failed, waiting = [], {}, []
    try:
        for delivery in deliveries:
            if waiting:  # the server went away mid-batch: the rest waits too
                waiting.append(delivery.pk)
                continue
            try:
                connection.send_messages([article_email(delivery.subscriber, context)])
            except SERVER_GONE:
                waiting.append(delivery.pk)
            except Exception as error:  # noqa: BLE001 - one bad address must not stop the rest
                failed[delivery.pk] = f"{type(error).__name__}: {error}"[:200]
            else:
                sent.append(delivery.pk)
    finally:
        connection.close()
    release(waiting)
    Delivery.objects.filter(pk__in=sent).update(status=Delivery.Status.SENT, sent_at=timezone.now())
    for pk, error in failed.items():
        Delivery.objects.filter(pk=pk).update(status=Delivery.Status.FAILED, error=error)
        logger.warning("Newsletter delivery %s failed: %s", pk, error)
    if not mailing.deliveries.filter(
        status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING]
    ).exists():
        finish(mailing)


def release(delivery_ids):
    """Back in the queue, for the next try (the outbox worker resumes waiting mailings)."""
    Delivery.objects.filter(pk__in=delivery_ids).update(status=Delivery.Status.PENDING, claim="")


def resume(stale_after):
    """Deliveries that wait again: put back after the server was away, and those a batch
    claimed before `stale_after` but never finished (its worker died). The ids of the
    mailings that have some."""
    Delivery.objects.filter(status=Delivery.Status.SENDING, claimed_at__lt=stale_after).update(
        status=Delivery.Status.PENDING, claim=""
    )
    return list(
        Mailing.objects.filter(finished_at__isnull=True, deliveries__status=Delivery.Status.PENDING)
        .distinct()
        .values_list("pk", flat=True)
    )


def finish(mailing):
    Mailing.objects.filter(pk=mailing.pk, finished_at__isnull=True).update(
        finished_at=timezone.now()
    )
    logger.info("Mailing %s finished", mailing.pk)


def article_context(article):
    """What every copy shares, worked out once per batch."""
    return {
        "practice_name": SiteSettings.load().practice_name,
        "article": article,
        "article_url": article.full_url,
        "subject": article.title,
    }


def article_email(subscriber, context):
    """One subscriber's copy: their name, their unsubscribe link and headers."""
    context = {**context, "subscriber": subscriber, "unsubscribe_url": subscriber.unsubscribe_url}
    message = EmailMultiAlternatives(
        subject=context["subject"],
        body=render_to_string("newsletter/email/article.txt", context),
        to=[subscriber.email],
        headers=subscriber.list_headers(),
    )
    message.attach_alternative(
        render_to_string("newsletter/email/article.html", context), "text/html"
    )
    return message

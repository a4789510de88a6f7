"""Starting to send an article to the subscribers: once per article, ever.

The work itself (newsletter/sending.py) runs in background tasks: planning writes one
delivery per confirmed subscriber, and batches send them.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import sending, tasks
from .models import Delivery, Mailing

logger = logging.getLogger(__name__)


def start_mailing(article, user=None):
    """The article's mailing, started if it never was; (mailing, started now?)."""
    mailing, created = Mailing.objects.get_or_create(article=article, defaults={"started_by": user})
    if created:
        transaction.on_commit(lambda: tasks.plan_mailing.enqueue(mailing.pk))
        logger.info("Mailing %s started for article %s", mailing.pk, article.pk)
    return mailing, created


def resume_waiting():
    """The outbox worker's hook (OUTBOX_RETRY_HOOKS): mailings with deliveries waiting, after
    the server was away or a worker died mid-batch, send them. How many still wait."""
    stale = timezone.now() - timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT)
    for mailing_id in sending.resume(stale_after=stale):
        tasks.plan_mailing.enqueue(mailing_id)
    return Delivery.objects.filter(
        status=Delivery.Status.PENDING, mailing__finished_at__isnull=True
    ).count()

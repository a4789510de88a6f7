"""Starting to send an article to the subscribers: once per article, ever.

The work itself (newsletter/sending.py) runs in background tasks: planning writes one
delivery per confirmed subscriber, and batches send them.
"""

import logging

from django.db import transaction

from . import tasks
from .models import Mailing

logger = logging.getLogger(__name__)


def start_mailing(article, user=None):
    """The article's mailing, started if it never was; (mailing, started now?)."""
    mailing, created = Mailing.objects.get_or_create(article=article, defaults={"started_by": user})
    if created:
        transaction.on_commit(lambda: tasks.plan_mailing.enqueue(mailing.pk))
        logger.info("Mailing %s started for article %s", mailing.pk, article.pk)
    return mailing, created

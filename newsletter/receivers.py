"""The newsletter's part of the announce step (articles/announce.py)."""

from django.db import transaction

from . import tasks
from .mailings import start_mailing


def article_announced(sender, article, **kwargs):
    """Push to every subscribed browser and, when the editor chose it, email subscribers."""
    transaction.on_commit(lambda: tasks.push_article.enqueue(article.pk))
    if article.email_subscribers:
        start_mailing(article)

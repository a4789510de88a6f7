"""The newsletter's part of the announce step (articles/announce.py), and what it hears
back from the outbox."""

from django.db import transaction

from . import tasks
from .mailings import start_mailing
from .signup import mail_accepted


def article_announced(sender, article, **kwargs):
    """Push to every subscribed browser and, when the editor chose it, email subscribers."""
    transaction.on_commit(lambda: tasks.push_article.enqueue(article.pk))
    if article.email_subscribers:
        start_mailing(article)


def email_accepted(sender, message, **kwargs):
    """A sign-up email reached the server: the once-per-interval rule starts counting."""
    tag = getattr(message, "tag", None) or ""
    if tag.startswith(tasks.SIGNUP_TAG):
        mail_accepted(tag.removeprefix(tasks.SIGNUP_TAG))

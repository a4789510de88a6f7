"""A comment saved or deleted changes its page's threads: their cached HTML is out of date,
and so is the page in the shared cache.

A new comment awaiting moderation changes nothing readers see (its writer sees it made
afresh), so it leaves both alone: a flood of posts cannot empty the cache in a crowd.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page

from core.fragments import bump
from core.purge import purge_pages

from .models import Comment


@receiver(post_save, sender=Comment)
@receiver(post_delete, sender=Comment)
def thread_changed(sender, instance, created=False, **kwargs):
    if created and instance.status == Comment.Status.PENDING:
        return
    threads_changed({instance.page_id})


def threads_changed(page_ids):
    """Once per page however many of its comments changed: bulk moderation calls this
    after one UPDATE, which sends no signals."""
    for page_id in page_ids:
        bump(f"comments:{page_id}")
    pages = Page.objects.live().filter(pk__in=page_ids)
    transaction.on_commit(lambda: purge_pages(pages), robust=True)

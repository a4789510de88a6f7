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
    bump(f"comments:{instance.page_id}")
    page = Page.objects.live().filter(pk=instance.page_id)
    transaction.on_commit(lambda: purge_pages(page), robust=True)

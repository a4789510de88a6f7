"""Publishing, unpublishing, moving or deleting any page changes what other pages show
(menus, listings, related articles, previous/next): cached fragments and the shared cache
forget them all."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .fragments import CONTENT, bump
from .purge import purge_everything


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
def content_changed(sender, **kwargs):
    bump(CONTENT)
    transaction.on_commit(purge_everything, robust=True)

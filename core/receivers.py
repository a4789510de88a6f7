"""Publishing, unpublishing, moving or deleting any page changes what other pages show
(menus, listings, related articles, previous/next), and editing a site changes where
pages live: cached fragments, sites and the shared cache forget them all."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .fragments import CONTENT, bump
from .purge import purge_everything


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def content_changed(sender, **kwargs):
    bump(CONTENT)
    transaction.on_commit(purge_everything, robust=True)


@receiver(post_save)
def page_saved(sender, instance, **kwargs):
    """A page saved outside publishing (a draft, a script) may be the site's root, which is
    cached with its site: cached copies go; the shared cache waits for a publish."""
    if isinstance(instance, Page):
        bump(CONTENT)

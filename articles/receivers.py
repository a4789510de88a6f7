"""Authors and categories show on article pages and listings: editing one puts cached
fragments and the shared cache out of date (pages themselves are core.receivers')."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.fragments import CONTENT, bump
from core.purge import purge_everything

from .models import Author, Category


@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
@receiver(post_save, sender=Category)
@receiver(post_delete, sender=Category)
def snippet_changed(sender, **kwargs):
    bump(CONTENT)
    transaction.on_commit(purge_everything, robust=True)

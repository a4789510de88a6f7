"""The one announce step: an article's first publication, told once to every channel.

Wagtail sends `page_published` for every publish, edits included. Only the first for a
public article creates its Announcement; that adds it to the RSS feed and sends
`article_announced`, which the newsletter app turns into push notifications and, when
the editor chose it, an email to subscribers. Articles never import those channels.
"""

import logging

from django.dispatch import Signal
from wagtail.signals import page_published

from .models import Announcement, ArticlePage

logger = logging.getLogger(__name__)

# Sent once per article, inside the publishing transaction, with `article` and `announcement`.
article_announced = Signal()


def announce(sender, instance, **kwargs):
    """Announce a newly published article, once; later publishes of edits are ignored.

    A publish scheduled for later also sends page_published, with the page not yet live;
    the announcement waits for the scheduled publish itself. Aliases of an article are
    the same article under another address, so they are never news.
    """
    if kwargs.get("alias") or instance.alias_of_id or not instance.live:
        return
    if not ArticlePage.objects.public().filter(pk=instance.pk).exists():
        return  # a private article is not news to the public
    announcement, created = Announcement.objects.get_or_create(page=instance)
    if created:
        logger.info("Announcing article %s", instance.pk)
        article_announced.send(sender=ArticlePage, article=instance, announcement=announcement)


def connect():
    page_published.connect(announce, sender=ArticlePage, dispatch_uid="articles-announce")

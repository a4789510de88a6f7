"""Telling the shared cache (Varnish, a CDN) what changed, through Wagtail's frontend_cache.

Wagtail purges a page when it is published or unpublished. The rest is here: a page whose
comments changed, and everything, for what every page shows (the menus, related articles,
previous/next, the offer banner, the footer's settings). Publishing happens a few times a
day, so forgetting every page then is cheap and never leaves a stale list behind.
Without WAGTAILFRONTENDCACHE (development, tests) these do nothing. The VCL in varnish/
drops each purged path with all its query strings.
"""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page


def enabled():
    """Is there a shared cache to tell? If not, skip finding every page's addresses."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_pages(pages, urls=()):
    if not enabled():
        return
    batch = PurgeBatch()
    batch.add_pages(pages)
    batch.add_urls(urls)
    batch.purge()


def purge_everything():
    """Every live public page, with each of its routes (get_cached_paths)."""
    if enabled():
        purge_pages(Page.objects.live().public().specific())

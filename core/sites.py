"""The Wagtail Site a request is for, found once per host and content version.

Wagtail looks the site up with a query on every request, then its root page with another.
Both change only when a site or a page is saved, which bumps the content version
(core/receivers.py), so they are kept under that version (core/fragments.py).
"""

from wagtail.models import Site

from .fragments import CONTENT, kept, version

SITE_CACHE_SECONDS = 60 * 60


class CachedSiteMiddleware:
    """Hands Wagtail the request's site (with its root page) from the cache. It runs after
    CommonMiddleware, which has refused any host not in ALLOWED_HOSTS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = f"site:{version(CONTENT)}:{request.get_host()}:{request.get_port()}"
        site = kept().get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                site.root_page.specific  # noqa: B018 - loaded now, kept with the site
                kept().set(key, site, SITE_CACHE_SECONDS)
        request._wagtail_site = site
        return self.get_response(request)

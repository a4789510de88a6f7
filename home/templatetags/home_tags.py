"""Site chrome: the main navigation, search-engine metadata, structured data."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.models import SiteSettings

register = template.Library()

SOCIAL_IMAGE = "fill-1200x630"


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"items": []}
    items = []
    for page in site.root_page.get_children().live().in_menu():
        url = page.get_url(request)
        if request.path == url:
            current = "page"
        elif url and request.path.startswith(url):
            current = "true"
        else:
            current = None
        items.append({"title": page.title, "url": url, "current": current})
    return {"items": items}


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    """Description, canonical link, Open Graph and Twitter tags for any page or view.

    Views may set `canonical_url`, `listing_title` and `seo_description` in the context;
    pages supply `seo_title`, `search_description`, `intro`, `hero_image` and `og_type`.
    """
    request = context["request"]
    page = context.get("page")
    site_settings = SiteSettings.load(request)
    title = context.get("listing_title") or (page and (page.seo_title or page.title)) or ""
    description = (
        context.get("seo_description")
        or (page and page.search_description)
        or strip_tags(str(getattr(page, "intro", "") or ""))
        or site_settings.tagline
    )
    canonical = context.get("canonical_url") or (
        page.get_full_url(request) if page else request.build_absolute_uri(request.path)
    )
    image = getattr(page, "hero_image", None)
    return {
        "title": title or site_settings.practice_name,
        "site_name": site_settings.practice_name,
        "description": " ".join(description.split())[:300],
        "canonical": canonical,
        "og_type": getattr(page, "og_type", "website"),
        "image_url": request.build_absolute_uri(image.get_rendition(SOCIAL_IMAGE).url)
        if image
        else "",
        "image_alt": getattr(page, "hero_alt", "") or (image.default_alt_text if image else ""),
    }


_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def ld_json(data):
    """Structured data for search engines, escaped so it cannot close its script tag."""
    text = json.dumps(data, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308

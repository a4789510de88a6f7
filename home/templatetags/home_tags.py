"""Site chrome: the main navigation, built from top-level pages marked "show in menus"."""

from django import template
from wagtail.models import Site

register = template.Library()


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

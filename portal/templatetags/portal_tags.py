"""The offer banner at the top of every public page."""

from django import template

from home.models import SiteSettings

from .. import access
from ..models import EnrolPage

register = template.Library()

# Signing in and the portal are no place for a sales message.
PRIVATE_PREFIXES = ("/accounts/", "/portal/")


@register.inclusion_tag("portal/includes/offer_banner.html", takes_context=True)
def offer_banner(context):
    """The open offer and its places left, while the owner's setting has it on.

    Once the places are gone it switches to the regular price; once the offer closes it
    disappears. Not shown on the enrol page itself, which says the same in full.
    """
    request = context.get("request")
    if request is None or not SiteSettings.load(request_or_site=request).show_offer_banner:
        return {}
    if request.path.startswith(PRIVATE_PREFIXES) or isinstance(context.get("page"), EnrolPage):
        return {}
    offer = access.current_offer()
    if offer is None:
        return {}
    page = access.enrol_page()
    return {"offer": offer, "enrol_url": page.get_url(request) if page else None}

"""The offer banner at the top of every public page."""

from django import template
from wagtail.models import Page

from enrolment.models import EnrolPage, Offer
from home.models import SiteSettings

register = template.Library()

# Signing in and the portal are no place for a sales message.
PRIVATE_PREFIXES = ("/accounts/", "/portal/")


@register.inclusion_tag("enrolment/includes/offer_banner.html", takes_context=True)
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
    offer = Offer.objects.for_banner()
    if offer is None or offer.enrol_url_path is None:
        return {}
    # A bare Page with the path is enough for Wagtail to work out the URL for this site.
    return {"offer": offer, "enrol_url": Page(url_path=offer.enrol_url_path).get_url(request)}

"""The offer banner at the top of every public page, and the open offer for pages that
show it in full."""

from django import template
from wagtail.models import Page

from core.fragments import kept, version
from enrolment.models import EnrolPage, Offer
from home.models import SiteSettings

register = template.Library()

# Signing in and the portal are no place for a sales message.
PRIVATE_PREFIXES = ("/accounts/", "/portal/")
# The open offer is looked up once a minute at most (so it opens and closes on time), and
# afresh whenever a place is taken or the offer is edited (enrolment/receivers.py).
BANNER_SECONDS = 60


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
    return open_offer(context) or {}


@register.simple_tag(takes_context=True)
def open_offer(context):
    """{"offer", "enrol_url"} for the offer open now, or None: the banner's lookup, shared
    with the home page's offer section (home/blocks.py), which shows it in full."""
    offer = kept().get_or_set(
        f"offer-banner:{version('offer')}",
        lambda: Offer.objects.for_banner() or "none",
        BANNER_SECONDS,
    )
    if offer == "none" or offer.enrol_url_path is None:
        return None
    # A bare Page with the path is enough for Wagtail to work out the URL for this site.
    page = Page(url_path=offer.enrol_url_path)
    return {"offer": offer, "enrol_url": page.get_url(context.get("request"))}

"""Enrolment's figures on the owner's dashboard panel (core/dashboard.py), and the
admin addresses for refunding a payment and printing an invoice.

The offers, enrolments and payments lists themselves are registered by the portal, in the
owner's "Clients & offers" menu; their addresses are looked up by name, so nothing here
imports it.
"""

from django.db.models import Count, Q
from django.urls import path
from django.utils.dateformat import format as format_date
from django.utils.timezone import localtime
from wagtail import hooks

from core.dashboard import OWNER_FIGURES, Figure, admin_url, days_ago, plural

from .admin_views import invoice, refund
from .models import Enrolment, Offer

NEW_WITHIN_DAYS = 7


@hooks.register(OWNER_FIGURES, order=10)
def enrolment_figures(request):
    """New enrolments this week, with those nobody has answered yet; places left on the
    offer people can take up now. Two queries."""
    counts = Enrolment.objects.aggregate(
        new=Count("pk", filter=Q(created__gte=days_ago(NEW_WITHIN_DAYS))),
        unanswered=Count("pk", filter=Q(status=Enrolment.Status.NEW)),
    )
    unanswered = counts["unanswered"]
    figures = [
        Figure(
            label=f"New enrolments in the last {NEW_WITHIN_DAYS} days",
            value=counts["new"],
            detail=(
                f"{plural(unanswered, 'enrolment is', 'enrolments are')} still marked New, "
                "waiting for you to get in touch."
                if unanswered
                else "Everyone who enrolled has heard from you."
            ),
            url=admin_url(
                "portal_enrolment_modeladmin_index", "status__exact=new" if unanswered else ""
            ),
            link_text="Enrolments still marked New" if unanswered else "All enrolments",
        )
    ]
    offer = Offer.objects.current()
    offers = admin_url("portal_offer_modeladmin_index")
    if offer is None:
        figures.append(
            Figure(
                label="Places left on the offer",
                value="No offer open",
                detail="People who enrol now pay the regular price.",
                url=offers,
                link_text="Offers",
            )
        )
        return figures
    closes = (
        f" It closes on {format_date(localtime(offer.closes_at), 'j F Y')}."
        if offer.closes_at
        else " It has no closing date."
    )
    figures.append(
        Figure(
            label="Places left on the offer",
            value=f"{offer.places_left} of {offer.places}",
            detail=(
                f"“{offer.title}”: every place is taken, so people who enrol now pay the "
                "regular price." + closes
                if offer.sold_out
                else f"“{offer.title}”." + closes
            ),
            url=offers,
            link_text="Offers",
            attention=offer.sold_out,
        )
    )
    return figures


@hooks.register("register_admin_urls")
def payment_admin_urls():
    return [
        path("enrolment/payment/<int:pk>/refund/", refund, name="enrolment_refund"),
        path("enrolment/invoice/<int:number>/", invoice, name="enrolment_invoice"),
    ]

"""The owner's dashboard panel: the practice at a glance, on the admin's home page.

New enrolments, donations, subscribers, comments waiting and mail stuck used to sit on five
separate lists. core imports no app, so the figures come to it: each app registers, under
the `register_owner_figures` hook, a function that takes the request and returns its
`Figure`s, counted with an aggregate query or two (never a loop over rows). Only the owner
sees the panel: donations, enrolments and subscribers are not the editors' business.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Min, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.timesince import timesince
from mailer.models import PRIORITY_DEFERRED, Message
from wagtail import hooks
from wagtail.admin.ui.components import Component

OWNER_FIGURES = "register_owner_figures"


@dataclass(frozen=True)
class Figure:
    """One line of the panel: what is counted, the count, and where to act on it.

    `attention` marks what the owner should look at soon (failed mail, a comment that
    needs a caring reply); the panel says so in words, not by colour alone.
    """

    label: str
    value: object
    detail: str = ""
    url: str = ""
    link_text: str = ""
    attention: bool = False


def may_see_the_dashboard(user):
    """The practice owner: the superuser. Editors manage content, not the practice."""
    return user.is_active and user.is_superuser


def owner_figures(request):
    """Every app's figures, in the order their hooks were registered with."""
    figures = []
    for collect in hooks.get_hooks(OWNER_FIGURES):
        figures.extend(collect(request))
    return figures


def admin_url(name, query=""):
    """An admin list's address, or "" when the app that serves it is not installed."""
    try:
        url = reverse(name)
    except NoReverseMatch:
        return ""
    return f"{url}?{query}" if query else url


def days_ago(days, now=None):
    return (now or timezone.now()) - timedelta(days=days)


def month_start(moment=None):
    """Midnight on the first of the month, in the practice's time zone."""
    local = timezone.localtime(moment or timezone.now())
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def plural(count, one, many):
    return f"{count} {one if count == 1 else many}"


def outbox_figures(request):
    """Mail waiting for the server and mail that failed, in one query."""
    deferred = Q(priority=PRIORITY_DEFERRED)
    counts = Message.objects.aggregate(
        waiting=Count("pk", filter=~deferred),
        failed=Count("pk", filter=deferred),
        oldest=Min("when_added", filter=~deferred),
    )
    outbox = admin_url("core_outbox")
    oldest = counts["oldest"]
    return [
        Figure(
            label="Emails waiting to be sent",
            value=counts["waiting"],
            detail=f"The oldest was added {timesince(oldest)} ago." if oldest else "",
            url=outbox,
            link_text="Open the email outbox",
        ),
        Figure(
            label="Emails that failed",
            value=counts["failed"],
            detail=(
                "They will be tried again by themselves, or you can try them now."
                if counts["failed"]
                else "None: the mail server took everything it was given."
            ),
            url=outbox,
            link_text="See why in the email outbox",
            attention=counts["failed"] > 0,
        ),
    ]


class OwnerDashboardPanel(Component):
    name = "owner_dashboard"
    order = 10  # first: above Wagtail's own panels (210 and on) and the comments queue (50)
    template_name = "core/dashboard_panel.html"

    def __init__(self, figures):
        self.figures = figures

    def get_context_data(self, parent_context=None):
        return {
            "figures": self.figures,
            "attention": sum(figure.attention for figure in self.figures),
        }

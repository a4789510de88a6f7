"""The newsletter in the admin: subscribers with their consent, mailings with progress.

Only the owner sees these (editors have no permission on them): a subscriber list is
personal data. Subscribers cannot be added or edited here, since every one must opt in
from their own inbox; the owner can delete one on request.
"""

from django.contrib import admin
from django.db.models import Count, Q
from django.urls import path
from wagtail import hooks
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from core.dashboard import OWNER_FIGURES, Figure, admin_url, days_ago, plural
from core.listings import ListingAdmin, SpreadsheetSafeIndexView

from .admin_views import SendToSubscribersButton, send_article
from .models import Mailing, PushSubscription, Subscriber


class ReadOnlyPermissionHelper(PermissionHelper):
    """Rows people create themselves, by opting in: the admin may look and delete."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class SubscriberIndexView(SpreadsheetSafeIndexView):
    """The list, headed by how many addresses stand at each status."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict(Subscriber.objects.values_list("status").annotate(n=Count("pk")).order_by())
        context["status_counts"] = [
            (label, counts.get(value, 0)) for value, label in Subscriber.Status.choices
        ]
        context["browser_count"] = PushSubscription.objects.count()
        return context


class SubscriberAdmin(ListingAdmin):
    model = Subscriber
    menu_label = "Subscribers"
    menu_icon = "mail"
    list_display = ("email", "first_name", "status", "created_at", "confirmed_at")
    list_filter = ("status",)
    search_fields = ("email", "first_name")
    list_export = (
        "email",
        "first_name",
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
    )
    export_filename = "newsletter-subscribers"
    index_view_class = SubscriberIndexView
    index_template_name = "newsletter/admin/subscriber_index.html"
    inspect_view_enabled = True
    inspect_view_fields = ("email", "first_name", "status", "created_at", "confirmed_at")
    inspect_template_name = "newsletter/admin/subscriber_inspect.html"
    permission_helper_class = ReadOnlyPermissionHelper


class MailingAdmin(ListingAdmin):
    model = Mailing
    menu_label = "Mailings"
    menu_icon = "mail"
    list_display = ("article", "created_at", "started_by", "progress", "finished")
    inspect_view_enabled = True
    inspect_view_fields = ("article", "created_at", "started_by", "finished_at")
    permission_helper_class = ReadOnlyPermissionHelper

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "started_by").with_progress()

    @admin.display(description="progress")
    def progress(self, obj):
        return f"{obj.sent} of {obj.total} sent, {obj.failed} failed, {obj.waiting} waiting"

    @admin.display(description="finished")
    def finished(self, obj):
        return f"{obj.finished_at:%d %b %Y %H:%M}" if obj.finished_at else "Sending…"


class PushSubscriptionAdmin(ListingAdmin):
    model = PushSubscription
    menu_label = "Browsers (push)"
    menu_icon = "doc-full"
    list_display = ("__str__", "service", "last_sent_at", "failures")
    permission_helper_class = ReadOnlyPermissionHelper

    @admin.display(description="push service")
    def service(self, obj):
        return obj.endpoint.split("/")[2]


class NewsletterGroup(ModelAdminGroup):
    menu_label = "Newsletter"
    menu_icon = "mail"
    menu_order = 250
    items = (SubscriberAdmin, MailingAdmin, PushSubscriptionAdmin)


modeladmin_register(NewsletterGroup)


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [
        path("newsletter/send/<int:page_id>/", send_article, name="newsletter_send_article"),
    ]


@hooks.register("register_page_header_buttons")
def send_button_in_header(page, user, view_name, next_url=None):
    yield SendToSubscribersButton(page=page, priority=62)


@hooks.register("register_page_listing_more_buttons")
def send_button_in_listing(page, user, next_url=None):
    yield SendToSubscribersButton(page=page, priority=45)


WINDOW_DAYS = 30


@hooks.register(OWNER_FIGURES, order=30)
def subscriber_figures(request):
    """Who confirmed and who left in the last 30 days, beside the list's size: one query."""
    since = days_ago(WINDOW_DAYS)
    counts = Subscriber.objects.aggregate(
        confirmed=Count("pk", filter=Q(status=Subscriber.Status.SUBSCRIBED)),
        gained=Count("pk", filter=Q(confirmed_at__gte=since)),
        lost=Count("pk", filter=Q(unsubscribed_at__gte=since)),
    )
    return [
        Figure(
            label="Newsletter subscribers",
            value=counts["confirmed"],
            detail=(
                f"In the last {WINDOW_DAYS} days, {plural(counts['gained'], 'person', 'people')}"
                f" confirmed and {counts['lost']} unsubscribed."
            ),
            url=admin_url("newsletter_subscriber_modeladmin_index"),
            link_text="Subscribers",
        )
    ]

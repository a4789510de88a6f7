"""The owner's admin for offers and enrolments.

The portal places these in the owner's "Clients & offers" menu, beside invitations (an
enrolment is where an invitation often starts), and adds its "Invite to portal" button.
"""

from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail_modeladmin.helpers import PermissionHelper

from core.ids import is_id
from core.listings import ListingAdmin, SpreadsheetSafeIndexView

from .models import Enrolment, Offer

# The admin keeps the addresses it had in the portal app, so links in emails already sent
# (and the owner's bookmarks) still work.


class OfferAdmin(ListingAdmin):
    model = Offer
    base_url_path = "portal/offer"
    menu_label = "Offers"
    menu_icon = "tag"
    list_display = ("title", "places_column", "prices", "opens_at", "closes_at", "state")
    list_filter = ("active",)
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel(
            [FieldPanel("places"), FieldPanel("offer_price"), FieldPanel("regular_price")]
        ),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("active"),
    ]

    @admin.display(description="places taken")
    def places_column(self, obj):
        return f"{obj.places_taken} of {obj.places}"

    @admin.display(description="price")
    def prices(self, obj):
        return f"£{obj.offer_price:.2f} (regular £{obj.regular_price:.2f})"

    @admin.display(description="state")
    def state(self, obj):
        now = timezone.now()
        if not obj.active:
            return "Switched off"
        if obj.opens_at > now:
            return "Not open yet"
        if obj.closes_at and obj.closes_at <= now:
            return "Closed"
        return "Open, places all taken" if obj.sold_out else "Open"


class OfferFilter(SimpleListFilter):
    """Filter by offer without Django's related-field filter, which needs its admin app."""

    title = "offer"
    parameter_name = "offer"

    def lookups(self, request, model_admin):
        return [("none", "No offer"), *[(str(o.pk), o.title) for o in model_admin.offers()]]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(offer__isnull=True)
        if is_id(self.value()):
            return queryset.filter(offer_id=self.value())
        return queryset


class EnrolmentPermissionHelper(PermissionHelper):
    """Enrolments come from the public form; the owner changes their status, never adds."""

    def user_can_create(self, user):
        return False


class EnrolmentAdmin(ListingAdmin):
    model = Enrolment
    base_url_path = "portal/enrolment"
    menu_label = "Enrolments"
    menu_icon = "user"
    list_display = ("name", "email", "offer", "outcome", "service", "status", "created")
    list_filter = ("status", "service", OfferFilter)
    search_fields = ("name", "email")
    list_per_page = 50
    list_export = (
        "created",
        "name",
        "email",
        "phone",
        "service",
        "preferred_times_display",
        "offer",
        "place",
        "price",
        "status",
    )
    export_filename = "enrolments"
    index_view_class = SpreadsheetSafeIndexView
    inspect_view_enabled = True
    inspect_view_fields = (
        "name",
        "email",
        "phone",
        "service",
        "help_with",
        "preferred_times_display",
        "offer",
        "place",
        "price",
        "status",
        "consent_text",
        "created",
    )
    permission_helper_class = EnrolmentPermissionHelper
    panels = [FieldPanel("status")]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("offer")

    def offers(self):
        return Offer.objects.order_by("-opens_at")

    @admin.display(description="place and price")
    def outcome(self, obj):
        if obj.on_offer:
            return f"Place {obj.place} at £{obj.price:.2f}"
        return f"Regular £{obj.price:.2f}"

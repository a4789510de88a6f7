"""Donations in the admin: filter by status, totals per month, CSV export."""

from django.contrib import admin
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from payments import PaymentStatus
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import modeladmin_register

from core.listings import ListingAdmin, SpreadsheetSafeIndexView

from .models import Donation


class DonationIndexView(SpreadsheetSafeIndexView):
    """The list, headed by what confirmed donations came to in each month."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["monthly_totals"] = (
            Donation.objects.filter(status=PaymentStatus.CONFIRMED)
            .annotate(month=TruncMonth("created"))
            .values("month")
            .annotate(total=Sum("total"), count=Count("pk"))
            .order_by("-month")[:12]
        )
        return context


class DonationPermissionHelper(PermissionHelper):
    """Donations are made by donors and settled by the payment provider.

    The owner may only take a name off the public supporters list.
    """

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class DonationAdmin(ListingAdmin):
    model = Donation
    menu_label = "Donations"
    menu_icon = "pick"
    menu_order = 260
    list_display = ("created", "donor_name", "amount", "status_label", "supporter")
    list_filter = ("status", "show_name")
    search_fields = ("donor_name", "billing_email", "token")
    list_export = (
        "created",
        "donor_name",
        "billing_email",
        "total",
        "currency",
        "status",
        "show_name",
        "donor_message",
    )
    export_filename = "donations"
    inspect_view_enabled = True
    inspect_view_fields = (
        "created",
        "donor_name",
        "billing_email",
        "amount",
        "status",
        "listed_as_supporter",
        "donor_message",
        "variant",
        "transaction_id",
        "token",
    )
    index_view_class = DonationIndexView
    index_template_name = "donations/admin/index.html"
    permission_helper_class = DonationPermissionHelper
    panels = [FieldPanel("show_name")]

    @admin.display(description="amount", ordering="total")
    def amount(self, obj):
        return obj.amount

    @admin.display(description="status", ordering="status")
    def status_label(self, obj):
        return obj.get_status_display()

    @admin.display(description="listed as supporter")
    def supporter(self, obj):
        """Blank until paid: an unpaid gift lists nobody, whatever the box said."""
        return obj.listed_as_supporter if obj.is_confirmed else ""

    def get_extra_class_names_for_field_col(self, obj, field_name):
        # Wagtail's own utility class: "Confirmed" must not break into "Confirme/d".
        if field_name in {"created", "amount", "status_label"}:
            return ["w-whitespace-nowrap"]
        return []


modeladmin_register(DonationAdmin)

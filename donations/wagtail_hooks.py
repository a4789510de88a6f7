"""Donations in the admin: filter by status, totals per month, CSV export, and this month's
gifts on the owner's dashboard panel (core/dashboard.py)."""

from datetime import timedelta

from django.contrib import admin
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from payments import PaymentStatus
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import modeladmin_register

from core.dashboard import OWNER_FIGURES, Figure, admin_url, month_start, plural
from core.listings import ListingAdmin, SpreadsheetSafeIndexView
from core.money import money

from .models import CURRENCY, Donation


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


@hooks.register(OWNER_FIGURES, order=20)
def donation_figures(request):
    """Paid gifts this calendar month beside last month's, per currency, in one query."""
    this_month = month_start()
    last_month = month_start(this_month - timedelta(days=1))
    now = Q(created__gte=this_month)
    then = Q(created__lt=this_month)
    rows = list(
        Donation.objects.filter(status=PaymentStatus.CONFIRMED, created__gte=last_month)
        .values("currency")
        .annotate(
            count=Count("pk", filter=now),
            given=Sum("total", filter=now),
            last_count=Count("pk", filter=then),
            last_given=Sum("total", filter=then),
        )
        .order_by("currency")
    )

    def amounts(key):
        given = [money(row[key], row["currency"]) for row in rows if row[key]]
        return " and ".join(given) or money(0, CURRENCY)

    count = sum(row["count"] for row in rows)
    last_count = sum(row["last_count"] for row in rows)
    return [
        Figure(
            label=f"Donations paid in {this_month:%B}",
            value=amounts("given"),
            detail=(
                f"{plural(count, 'gift', 'gifts')} so far. In {last_month:%B}: "
                f"{amounts('last_given')} from {plural(last_count, 'gift', 'gifts')}."
            ),
            url=admin_url(
                "donations_donation_modeladmin_index", f"status__exact={PaymentStatus.CONFIRMED}"
            ),
            link_text="Paid donations",
        )
    ]

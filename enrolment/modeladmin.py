"""The owner's admin for offers, enrolments and the payments for offer places.

The portal places these in the owner's "Clients & offers" menu, beside invitations (an
enrolment is where an invitation often starts), and adds its "Invite to portal" button.
"""

from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone
from payments import PaymentStatus
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.views import InspectView

from core.ids import is_id
from core.listings import ListingAdmin, SpreadsheetSafeIndexView

from .models import Enrolment, EnrolmentPayment, Offer

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
        MultiFieldPanel(
            [
                FieldPanel("payment"),
                FieldRowPanel([FieldPanel("deposit"), FieldPanel("hold_minutes")]),
            ],
            heading="Paying at enrolment",
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
        "payment_state",
        "held_until",
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
        outcome = f"Place {obj.place} at £{obj.price:.2f}" if obj.on_offer else None
        outcome = outcome or f"Regular £{obj.price:.2f}"
        if obj.payment_state:
            return f"{outcome} ({obj.get_payment_state_display().lower()})"
        return outcome


class RefundDueFilter(SimpleListFilter):
    """What the owner must act on: payments that came after the places had gone."""

    title = "place"
    parameter_name = "place"

    def lookups(self, request, model_admin):
        return Enrolment.PaymentState.choices[1:]

    def queryset(self, request, queryset):
        if self.value() in Enrolment.PaymentState.values:
            return queryset.filter(enrolment__payment_state=self.value())
        return queryset


class PaymentOfferFilter(OfferFilter):
    def queryset(self, request, queryset):
        if is_id(self.value()):
            return queryset.filter(enrolment__offer_id=self.value())
        return queryset

    def lookups(self, request, model_admin):
        return [(str(o.pk), o.title) for o in model_admin.offers()]


class PaymentIndexView(SpreadsheetSafeIndexView):
    """The list, headed by what confirmed payments came to in each month."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["monthly_totals"] = (
            EnrolmentPayment.objects.filter(status=PaymentStatus.CONFIRMED)
            .annotate(month=TruncMonth("created"))
            .values("month")
            .annotate(total=Sum("total"), count=Count("pk"))
            .order_by("-month")[:12]
        )
        return context


class PaymentInspectView(InspectView):
    """The inspect page shows the list's columns (payer, place, invoice) too: modeladmin's
    inspect view looks only on the model, so the admin's display methods come first."""

    def _display(self, field_name):
        method = getattr(self.model_admin, field_name, None)
        return method if callable(method) and hasattr(method, "short_description") else None

    def get_field_label(self, field_name, field=None):
        method = self._display(field_name)
        label = method.short_description if method else super().get_field_label(field_name, field)
        return str(label).capitalize()

    def get_field_display_value(self, field_name, field=None):
        method = self._display(field_name)
        if method is None:
            return super().get_field_display_value(field_name, field)
        return method(self.instance) or self.model_admin.get_empty_value_display(field_name)


class PaymentPermissionHelper(PermissionHelper):
    """Payments are made by payers and settled by the provider; the owner reads them and
    refunds from the payment's own page, never edits or deletes one."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class PaymentButtonHelper(ButtonHelper):
    """The invoice beside every paid payment; a refund where one is due."""

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude=exclude)
        invoice = getattr(obj, "invoice", None)
        if invoice is not None:
            buttons.append(
                {
                    "url": reverse("enrolment_invoice", args=[invoice.number]),
                    "label": f"Invoice {invoice.label}",
                    "classname": "button button-small button-secondary",
                    "title": f"Invoice {invoice.label}, to view and print",
                }
            )
        if obj.refund_due:
            buttons.append(
                {
                    "url": reverse("enrolment_refund", args=[obj.pk]),
                    "label": "Refund",
                    "classname": "button button-small",
                    "title": f"Refund {obj.amount} to {obj.billing_email}",
                }
            )
        return buttons


class PaymentAdmin(ListingAdmin):
    model = EnrolmentPayment
    base_url_path = "enrolment/payment"
    menu_label = "Payments"
    menu_icon = "form"
    list_display = ("created", "payer", "offer", "amount", "status_label", "place", "invoice_label")
    list_filter = ("status", RefundDueFilter, PaymentOfferFilter)
    search_fields = ("billing_email", "billing_first_name", "enrolment__name", "token")
    list_per_page = 50
    list_export = (
        "created",
        "invoice_label",
        "payer",
        "billing_email",
        "description",
        "total",
        "currency",
        "status_label",
        "place",
        "transaction_id",
    )
    export_filename = "payments"
    index_view_class = PaymentIndexView
    index_template_name = "enrolment/admin/payments.html"
    inspect_view_enabled = True
    inspect_view_class = PaymentInspectView
    inspect_view_fields = (
        "created",
        "payer",
        "billing_email",
        "description",
        "amount",
        "status_label",
        "place",
        "invoice_label",
        "variant",
        "transaction_id",
        "token",
    )
    permission_helper_class = PaymentPermissionHelper
    button_helper_class = PaymentButtonHelper

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("enrolment__offer", "invoice")

    def offers(self):
        return Offer.objects.order_by("-opens_at")

    @admin.display(description="payer", ordering="enrolment__name")
    def payer(self, obj):
        return obj.enrolment.name

    @admin.display(description="offer")
    def offer(self, obj):
        return obj.enrolment.offer

    @admin.display(description="amount", ordering="total")
    def amount(self, obj):
        return obj.amount

    @admin.display(description="status", ordering="status")
    def status_label(self, obj):
        return obj.get_status_display()

    @admin.display(description="place")
    def place(self, obj):
        return obj.enrolment.get_payment_state_display()

    @admin.display(description="invoice")
    def invoice_label(self, obj):
        invoice = getattr(obj, "invoice", None)
        return invoice.label if invoice else ""

"""Donations: a page where readers give any amount, and the payments django-payments tracks."""

import logging
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from payments import PaymentError, PaymentStatus, PurchasedItem, RedirectNeeded
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.forms import reviews_cached_posts
from core.money import money
from core.payments import CURRENCY, SETTLED, STATUS_CHOICES, UNSETTLED, Payment
from core.spam import POLITE
from home.models import SiteSettings

from .forms import DonationForm

logger = logging.getLogger(__name__)

REVIEW = POLITE["review"].format(what="gift")
# A checkout left this long is over: Stripe's Checkout sessions expire after a day.
ABANDONED_AFTER = timedelta(days=1)


class DonationPage(RoutablePageMixin, Page):
    """The donate page: preset amounts or any amount between the page's limits."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    preset_amounts = models.CharField(
        max_length=100,
        default="5, 10, 25, 50",
        help_text="Whole pounds, separated by commas.",
    )
    minimum_amount = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("2"))
    maximum_amount = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("1000"))
    thank_you_text = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("preset_amounts"),
                FieldRowPanel([FieldPanel("minimum_amount"), FieldPanel("maximum_amount")]),
            ],
            heading="Amounts (GBP)",
        ),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "donation page"

    def presets(self):
        amounts = []
        for part in self.preset_amounts.split(","):
            try:
                amounts.append(Decimal(part.strip()))
            except InvalidOperation:
                continue
        return [
            amount for amount in amounts if self.minimum_amount <= amount <= self.maximum_amount
        ]

    def supporters(self):
        return (
            Donation.objects.filter(page=self, status=PaymentStatus.CONFIRMED, show_name=True)
            .exclude(donor_name="")
            .order_by("-created")
            .values_list("donor_name", flat=True)[:20]
        )

    @path("")
    @reviews_cached_posts
    def donate(self, request):
        form = DonationForm(request.POST or None, page=self)
        if getattr(request, "reviewing", False):  # sent from a cached page without JavaScript
            form.add_error(None, REVIEW)
        elif request.method == "POST" and form.is_valid():
            donation = self.pledge(form.cleaned_data, request)
            return redirect(self.url + self.reverse_subpage("pay", args=[donation.token]))
        return self.render(request, context_overrides={"form": form})

    def pledge(self, data, request):
        """A donation waiting for its payment, with what the donor chose to share."""
        return Donation.objects.create(
            page=self,
            variant="default",
            status=PaymentStatus.WAITING,
            currency=CURRENCY,
            total=data["total"],
            description=f"Donation to {SiteSettings.load().practice_name}",
            billing_email=data["donor_email"],
            donor_name=data["donor_name"].strip(),
            donor_message=data["donor_message"].strip(),
            show_name=data["show_name"],
            customer_ip_address=request.META.get("REMOTE_ADDR") or None,
        )

    @path("pay/<str:token>/", name="pay")
    def pay(self, request, token):
        """The payment step: the provider's own form or a redirect to its checkout."""
        donation = get_object_or_404(Donation, token=token, page=self)
        if donation.status in SETTLED:
            return redirect(donation.get_success_url())
        try:
            payment_form = donation.get_form(data=request.POST or None)
        except RedirectNeeded as to:
            return redirect(str(to))
        except PaymentError:
            logger.exception("Payment provider failed for donation %s", donation.pk)
            return redirect(donation.get_failure_url())
        return self.render(
            request,
            context_overrides={"donation": donation, "payment_form": payment_form},
            template="donations/pay.html",
        )

    @path("thank-you/<str:token>/", name="thanks")
    def thanks(self, request, token):
        donation = get_object_or_404(Donation, token=token, page=self)
        return self.render(
            request,
            context_overrides={
                "donation": donation,
                "not_completed": request.GET.get("outcome") == "not-completed",
            },
            template="donations/result.html",
        )


class Donation(Payment):
    """One gift: the payment itself plus what the donor chose to tell us."""

    page = models.ForeignKey(
        DonationPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="donations"
    )
    donor_name = models.CharField("name", max_length=100, blank=True)
    donor_message = models.TextField("message", blank=True, max_length=1000)
    show_name = models.BooleanField("show my name as a supporter", default=False)
    thanked = models.BooleanField(default=False, editable=False)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        donor = self.donor_name or "an anonymous donor"
        return f"{self.amount} from {donor} ({self.get_status_display()})"

    @property
    def amount(self):
        return money(self.total, self.currency)

    def get_status_display(self):
        """The status in the owner's words; a payment never finished is, after a day,
        abandoned rather than still waiting."""
        stale = self.created and self.created < timezone.now() - ABANDONED_AFTER
        if self.status in UNSETTLED and stale:
            return "Abandoned"
        return dict(STATUS_CHOICES).get(self.status, self.status)

    @property
    def listed_as_supporter(self):
        """Only a paid gift puts a name on the page (DonationPage.supporters)."""
        if self.status != PaymentStatus.CONFIRMED:
            return "Not paid, so not listed"
        return "Yes" if self.show_name and self.donor_name else "No"

    def result_path(self):
        return self.page.url + self.page.reverse_subpage("thanks", args=[self.token])

    def get_success_url(self):
        return self.absolute(self.result_path())

    def get_failure_url(self):
        """Where a declined, failed or cancelled payment returns to."""
        return self.absolute(self.result_path() + "?outcome=not-completed")

    def get_purchased_items(self):
        yield PurchasedItem(
            name="Donation", sku="donation", quantity=1, price=self.total, currency=CURRENCY
        )

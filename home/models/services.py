"""What the practice offers and what it costs, and the page that lists it all.

Prices live here, not only in an offer: a visitor should know what a session costs
before they write to anyone.
"""

import re
from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from .formats import SessionFormats
from .settings import SiteSettings

SCHEMA_DAY = "https://schema.org/{}"
UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.IGNORECASE)


def pounds(amount):
    """An amount as people read it: "£60" for whole pounds, "£17.50" otherwise."""
    amount = Decimal(amount)
    if amount == amount.to_integral_value():
        return f"£{amount:,.0f}"
    return f"£{amount:,.2f}"


def postal_address(text):
    """schema.org PostalAddress from the address as written, one line each: a UK postcode
    on the last line, the town before it, the rest as the street address."""
    lines = [line.strip().rstrip(",") for line in text.splitlines() if line.strip()]
    address = {"@type": "PostalAddress"}
    if lines and UK_POSTCODE.match(lines[-1]):
        address["postalCode"] = lines.pop().upper()
        address["addressCountry"] = "GB"
    if len(lines) > 1:
        address["addressLocality"] = lines.pop()
    if lines:
        address["streetAddress"] = ", ".join(lines)
    return address


DEFAULT_CANCELLATION = (
    "Cancel or move a session up to 24 hours before it starts at no cost. Later than that, "
    "the session is charged unless something unforeseeable kept you away."
)


class Service(SessionFormats, index.Indexed, models.Model):
    """One kind of session the practice offers, with its length, price and terms."""

    KINDS = [
        ("consultation", "First consultation"),
        ("coaching", "Coaching"),
        ("counselling", "Counselling"),
        ("blended", "Coaching and counselling"),
    ]

    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=20, choices=KINDS)
    summary = models.CharField(max_length=250, help_text="One sentence for cards and lists.")
    minutes = models.PositiveSmallIntegerField(
        "length in minutes", validators=[MinValueValidator(5)]
    )
    price = models.DecimalField(
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
        help_text="In pounds; 0 for a free session.",
    )
    price_note = models.CharField(
        max_length=60, blank=True, help_text="e.g. per session, or a block of six for £330."
    )
    what_happens = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="What a session is like, for someone who has never had one.",
    )
    cancellation_policy = models.TextField(default=DEFAULT_CANCELLATION)
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first."
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("kind"), FieldPanel("summary")], heading="Service"
        ),
        MultiFieldPanel(
            [FieldPanel("minutes"), FieldPanel("price"), FieldPanel("price_note")],
            heading="Length and price",
        ),
        SessionFormats.formats_panel,
        FieldPanel("what_happens"),
        FieldPanel("cancellation_policy"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("summary"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def is_free(self):
        return self.price == 0

    def price_label(self):
        """ "£60", "£17.50" or "Free"."""
        return "Free" if self.is_free else pounds(self.price)

    def fee(self):
        """The price with its note: "£60 per session", "Free, with no obligation"."""
        note = self.price_note.strip()
        if self.is_free:
            # A note such as "free, with no obligation" would otherwise say free twice.
            note = re.sub(r"^free\b[\s,;:–-]*", "", note, flags=re.IGNORECASE)
            return f"Free, {note}" if note else "Free"
        return f"{pounds(self.price)} {note}" if note else pounds(self.price)

    def length_and_fee(self):
        """ "50 minutes · £60 per session"."""
        return f"{self.minutes} minutes · {self.fee()}"

    def offer_data(self):
        """schema.org Offer for this service, as the services page lists it."""
        return {
            "@type": "Offer",
            "name": self.name,
            "price": f"{self.price:.2f}",
            "priceCurrency": "GBP",
            "description": self.summary,
            "itemOffered": {"@type": "Service", "name": self.name},
        }


class ServicesPage(Page):
    """Services and fees: every service with its terms, then anything the owner adds."""

    intro = models.TextField(blank=True)
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "services and fees page"

    def services(self):
        return Service.objects.all()

    def practice(self):
        return SiteSettings.load()

    def telephone_link(self):
        """ "tel:01174960521" for the number as written, "" without one."""
        digits = re.sub(r"[^0-9+]", "", self.practice().telephone)
        return f"tel:{digits}" if digits else ""

    def price_range(self, services):
        """ "£0–£90", or "£60" when every service costs the same; "" with no services."""
        prices = [service.price for service in services]
        if not prices:
            return ""
        low, high = pounds(min(prices)), pounds(max(prices))
        return low if low == high else f"{low}–{high}"

    def structured_data(self):
        """schema.org ProfessionalService: the practice, where and when it works, and an
        Offer for each service with its price."""
        practice = self.practice()
        services = list(self.services())
        site = self.get_site()
        data = {
            "@context": "https://schema.org",
            "@type": "ProfessionalService",
            "name": practice.practice_name,
            "email": practice.contact_email,
        }
        if site is not None:
            data["url"] = site.root_url + "/"
        if practice.tagline:
            data["description"] = practice.tagline
        if practice.telephone:
            data["telephone"] = practice.telephone
        if services:
            data["priceRange"] = self.price_range(services)
        if practice.area_served:
            data["areaServed"] = practice.area_served
        if practice.address.strip():
            data["address"] = postal_address(practice.address)
        hours = [block.value for block in practice.opening_hours]
        if hours:
            data["openingHoursSpecification"] = [
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": [SCHEMA_DAY.format(day) for day in value.day_list()],
                    "opens": value.opens_time().strftime("%H:%M"),
                    "closes": value.closes_time().strftime("%H:%M"),
                }
                for value in hours
            ]
        if services:
            data["hasOfferCatalog"] = {
                "@type": "OfferCatalog",
                "name": self.title,
                "itemListElement": [service.offer_data() for service in services],
            }
        return data

"""What the practice offers and what it costs, and the page that lists it all.

Prices live here, not only in an offer: a visitor should know what a session costs
before they write to anyone.
"""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from .formats import SessionFormats

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

    search_fields = [index.SearchField("name"), index.SearchField("summary")]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def is_free(self):
        return self.price == 0


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

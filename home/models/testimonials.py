"""What clients chose to say about the practice, shown only with their recorded consent.

Testimonials are written in here by the owner from what a client agreed to share; they
are never drawn from portal data, and this module imports nothing from the portal.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class TestimonialQuerySet(models.QuerySet):
    def shown(self):
        """The testimonials the site may show: ticked to show, with the consent recorded."""
        return self.filter(show=True, consent_date__isnull=False).exclude(consent_wording="")


class Testimonial(index.Indexed, models.Model):
    """A client's words, with the consent they gave and how they wish to be named."""

    class Display(models.TextChoices):
        FIRST_NAME = "first_name", "First name"
        INITIALS = "initials", "Initials"
        ANONYMOUS = "anonymous", "Anonymous"

    quote = models.TextField(max_length=600)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60, blank=True)
    display_as = models.CharField(
        "show the name as", max_length=12, choices=Display.choices, default=Display.FIRST_NAME
    )
    context = models.CharField(
        max_length=100, blank=True, help_text="e.g. Coaching client, 2026. Shown after the name."
    )
    # Both may wait while the client considers it; neither may be missing once shown.
    consent_wording = models.TextField(
        blank=True,
        help_text="What the client agreed to, in the words they agreed to. Needed to show it.",
    )
    consent_date = models.DateField(
        null=True, blank=True, help_text="When they agreed. Needed to show it."
    )
    show = models.BooleanField(
        "show on the site", default=True, help_text="Untick if consent is withdrawn."
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("quote"),
        MultiFieldPanel(
            [
                FieldPanel("first_name"),
                FieldPanel("last_name"),
                FieldPanel("display_as"),
                FieldPanel("context"),
            ],
            heading="Who said it",
        ),
        MultiFieldPanel(
            [FieldPanel("consent_wording"), FieldPanel("consent_date"), FieldPanel("show")],
            heading="Consent",
        ),
        FieldPanel("sort_order"),
    ]

    search_fields = [index.SearchField("quote"), index.AutocompleteField("quote")]

    objects = TestimonialQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "-consent_date"]

    def __str__(self):
        return f"{self.display_name()}: {self.quote[:40]}"

    @property
    def is_shown(self):
        """Whether this one is among Testimonial.objects.shown()."""
        return bool(self.show and self.consent_date and self.consent_wording)

    def clean(self):
        super().clean()
        if not self.show:
            return
        errors = {}
        if not (self.consent_wording or "").strip():
            errors["consent_wording"] = "Write down what the client agreed to before showing it."
        if self.consent_date is None:
            errors["consent_date"] = "Give the date the client agreed before showing it."
        if errors:
            errors["show"] = (
                "These words can be shown only with the client's consent recorded. Untick "
                "this until they have agreed."
            )
            raise ValidationError(errors)

    def display_name(self):
        if self.display_as == self.Display.FIRST_NAME:
            return self.first_name
        if self.display_as == self.Display.INITIALS:
            return "".join(
                f"{part[0].upper()}." for part in (self.first_name, self.last_name) if part
            )
        return "Anonymous"

"""The people who work with clients: a team page and a page for each practitioner.

A visitor deciding whom to trust looks for training, professional registration (with a
link to the body's public register, so it can be checked), approach and availability.
"""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .formats import SessionFormats

REGISTRATION_BODIES = [
    ("BACP", "British Association for Counselling and Psychotherapy"),
    ("UKCP", "UK Council for Psychotherapy"),
    ("HCPC", "Health and Care Professions Council"),
    ("NCPS", "National Counselling and Psychotherapy Society"),
    ("BPS", "British Psychological Society"),
    ("COSCA", "Counselling & Psychotherapy in Scotland"),
    ("EMCC", "European Mentoring and Coaching Council"),
    ("ICF", "International Coaching Federation"),
    ("AC", "Association for Coaching"),
]


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class TeamPage(Page):
    """Everyone who practises here, as cards that lead to their own pages."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.PractitionerPage"]
    max_count = 1

    class Meta:
        verbose_name = "team page"

    def practitioners(self):
        return (
            PractitionerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("portrait")
            .prefetch_related("registrations")
        )


class PractitionerPage(SessionFormats, Page):
    """One practitioner: who they are, their training and registration, how they work."""

    # Who
    role = models.CharField(max_length=100, help_text="e.g. Counsellor and coach")
    portrait = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    portrait_alt = models.CharField(
        "portrait alt text",
        max_length=250,
        blank=True,
        help_text="Describe the portrait for people who cannot see it; "
        "defaults to the image's own description.",
    )
    summary = models.TextField(
        max_length=400, help_text="Two or three sentences for the team page and bylines."
    )
    # Training
    qualifications = models.TextField(blank=True, help_text="One qualification a line.")
    # Work
    approach = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)
    specialisms = models.TextField(blank=True, help_text="One a line, e.g. Anxiety.")
    languages = models.CharField(max_length=200, default="English")
    availability = models.CharField(
        max_length=200, blank=True, help_text="In words, e.g. Weekday evenings and Saturdays."
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("role"),
                FieldPanel("portrait"),
                FieldPanel("portrait_alt"),
                FieldPanel("summary"),
            ],
            heading="Who",
        ),
        FieldPanel("qualifications"),
        InlinePanel("registrations", label="Professional registration"),
        MultiFieldPanel(
            [
                FieldPanel("approach"),
                FieldPanel("specialisms"),
                FieldPanel("languages"),
                SessionFormats.formats_panel,
                FieldPanel("availability"),
            ],
            heading="How they work",
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("role"),
        index.SearchField("summary"),
        index.SearchField("specialisms"),
        index.SearchField("approach"),
    ]

    parent_page_types = ["home.TeamPage"]
    subpage_types = []

    class Meta:
        verbose_name = "practitioner"

    def portrait_alt_text(self):
        if self.portrait_alt:
            return self.portrait_alt
        return self.portrait.description if self.portrait else ""

    def qualification_list(self):
        return lines(self.qualifications)

    def specialism_list(self):
        return lines(self.specialisms)


class PractitionerRegistration(Orderable):
    """Membership of a professional body, checkable on the body's public register."""

    page = ParentalKey(PractitionerPage, on_delete=models.CASCADE, related_name="registrations")
    body = models.CharField(max_length=10, choices=REGISTRATION_BODIES)
    membership = models.CharField(
        max_length=100, blank=True, help_text="The grade, e.g. Registered Member MBACP (Accred)."
    )
    number = models.CharField("membership number", max_length=40)
    register_url = models.URLField(
        "public register link", help_text="Where anyone can check the registration."
    )

    panels = [
        FieldPanel("body"),
        FieldPanel("membership"),
        FieldPanel("number"),
        FieldPanel("register_url"),
    ]

    def __str__(self):
        return f"{self.body} {self.number}"

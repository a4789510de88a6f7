"""The people who work with clients: a team page and a page for each practitioner.

A visitor deciding whom to trust looks for training, professional registration (with a
link to the body's public register, so it can be checked), approach and availability.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from .formats import SessionFormats
from .pages import ContactPage
from .settings import SiteSettings

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


# The portrait sizes pages show; the team page fetches their renditions with the pages.
CARD_PORTRAITS = ("fill-200x200", "fill-400x400")
PAGE_PORTRAITS = ("fill-360x360", "fill-720x720")
SOCIAL_PORTRAIT = "fill-720x720"


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def contact_page():
    """Where a call to action leads: the site's contact form, if it has one."""
    return ContactPage.objects.live().public().order_by("path").first()


def language_list(text):
    """ "English, Welsh and British Sign Language" -> the three languages."""
    return [part.strip() for part in re.split(r",|;|\band\b|&", text) if part.strip()]


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
        """Live, public practitioners in the editor's order, with what each card shows."""
        portraits = get_image_model().objects.prefetch_renditions(*CARD_PORTRAITS)
        return (
            PractitionerPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(Prefetch("portrait", queryset=portraits), "registrations")
        )

    def contact_page(self):
        return contact_page()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practitioners"] = practitioners = list(self.practitioners())
        context["structured_data"] = self.structured_data(practitioners)
        return context

    def structured_data(self, practitioners):
        """schema.org ItemList of the people on the page, each pointing to their own page."""
        return {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": self.title,
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "item": {
                        "@type": "Person",
                        "name": person.title,
                        "jobTitle": person.role,
                        "url": person.full_url,
                    },
                }
                for position, person in enumerate(practitioners, start=1)
            ],
        }


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
        MultiFieldPanel(
            [
                FieldPanel("qualifications"),
                InlinePanel(
                    "registrations",
                    heading="Professional registration",
                    label="Registration",
                    help_text="Each body they belong to, with the link to its public register "
                    "so visitors can check the membership for themselves.",
                ),
            ],
            heading="Training and registration",
        ),
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

    def clean(self):
        super().clean()
        if self.portrait_id and not self.portrait_alt_text().strip():
            raise ValidationError(
                {"portrait_alt": "Describe the portrait for people who cannot see it."}
            )

    def portrait_alt_text(self):
        if self.portrait_alt:
            return self.portrait_alt
        return getattr(self.portrait, "description", "") if self.portrait else ""

    def initials(self):
        return "".join(word[0] for word in self.title.split()[:2]).upper()

    def qualification_list(self):
        return lines(self.qualifications)

    def specialism_list(self):
        return lines(self.specialisms)

    def language_list(self):
        return language_list(self.languages)

    @cached_property
    def registration_list(self):
        return list(self.registrations.all())

    def author_profiles(self):
        """The blog authors who write as this practitioner (articles.Author, by its
        related name); none for a page not saved yet, as in a first preview."""
        return self.authors.all() if self.pk else []

    def contact_page(self):
        return contact_page()

    def structured_data(self):
        """schema.org Person data for search engines: who they are, what they trained in,
        which bodies they belong to (with the register to check) and where they work."""
        practice = SiteSettings.load()
        site = self.get_site()
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "jobTitle": self.role,
            "description": self.search_description or self.summary,
            "url": self.full_url,
            "knowsLanguage": self.language_list(),
            "hasCredential": [
                {
                    "@type": "EducationalOccupationalCredential",
                    "name": qualification,
                    "credentialCategory": "qualification",
                }
                for qualification in self.qualification_list()
            ],
            "memberOf": [registration.structured_data() for registration in self.registration_list],
            "worksFor": {
                "@type": "Organization",
                "name": practice.practice_name,
                **({"url": site.root_url} if site else {}),
            },
        }
        if self.portrait:
            data["image"] = self.portrait.get_rendition(SOCIAL_PORTRAIT).full_url
        return data


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

    @property
    def body_name(self):
        """The body in full, e.g. British Association for Counselling and Psychotherapy."""
        return self.get_body_display()

    def structured_data(self):
        """schema.org's ProgramMembership: the number belongs to the membership, and the
        body (with its public register) hosts it."""
        return {
            "@type": "ProgramMembership",
            "programName": self.membership or f"{self.body} membership",
            "membershipNumber": self.number,
            "url": self.register_url,
            "hostingOrganization": {
                "@type": "Organization",
                "name": self.body_name,
                "alternateName": self.body,
            },
        }

"""The site's own pages and settings: home, standard pages, and the practice's details."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, HomeStreamBlock

DEFAULT_CRISIS_TEXT = (
    "<p>Tranquil is not an emergency service. If you are in danger or think you might act "
    "on thoughts of harming yourself, call <b>999</b> or go to your nearest A&amp;E. "
    "You can talk to Samaritans, free and at any hour, on <b>116 123</b>, or text "
    "<b>SHOUT</b> to <b>85258</b>.</p>"
)


DEFAULT_CARE_KEYWORDS = "\n".join(
    [
        "suicide",
        "suicidal",
        "kill myself",
        "end my life",
        "want to die",
        "self-harm",
        "self harm",
        "harm myself",
        "hurt myself",
        "cutting myself",
        "overdose",
    ]
)


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """The practice's name, how to reach it, and the crisis-support text on every page."""

    practice_name = models.CharField(max_length=100, default="Tranquil")
    tagline = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(default="hello@tranquil.example")
    footer_text = models.TextField(blank=True, help_text="A short line shown in every page footer.")
    crisis_support = RichTextField(
        features=["bold", "italic", "link"],
        default=DEFAULT_CRISIS_TEXT,
        help_text="Shown on every page and in the portal. Keep numbers current.",
    )
    care_keywords = models.TextField(
        default=DEFAULT_CARE_KEYWORDS,
        help_text=(
            "One word or phrase a line. A comment or message that mentions any of them is "
            "held for a personal reply, and its writer is shown the crisis-support text."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("practice_name"), FieldPanel("tagline"), FieldPanel("contact_email")],
            heading="Practice",
        ),
        FieldPanel("footer_text"),
        FieldPanel("crisis_support"),
        FieldPanel("care_keywords"),
    ]

    class Meta:
        verbose_name = "site settings"

    def care_keyword_list(self):
        return [line.strip() for line in self.care_keywords.splitlines() if line.strip()]


class HomePage(Page):
    """The front page: a hero that says what the practice offers, then featured content."""

    # Hero
    hero_heading = models.CharField(max_length=120)
    hero_text = models.TextField(blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_cta_label = models.CharField("button label", max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="button links to",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Content
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    body = StreamField(HomeStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading="Hero",
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "articles.ArticleIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = "home page"


class StandardPage(Page):
    """An ordinary page of text: about the practice, fees, privacy notice."""

    intro = models.TextField(blank=True, help_text="A sentence or two under the title.")
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = "standard page"

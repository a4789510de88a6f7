"""The site's own pages and settings: home, standard pages, and the practice's details."""

import re

from django.db import models
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.forms import DEFENCES, reviews_cached_posts
from core.fragments import CONTENT, kept, version

from .blocks import BaseStreamBlock, HomeStreamBlock
from .forms import ContactFormBuilder
from .signals import contact_message_received

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


SETTINGS_CACHE_SECONDS = 24 * 60 * 60


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

    comments_first_page = models.CharField(
        "long comment threads open at",
        max_length=10,
        choices=[("newest", "the newest comments"), ("oldest", "the oldest comments")],
        default="newest",
        help_text="Threads longer than one page: which page readers see first.",
    )
    show_offer_banner = models.BooleanField(
        "show the offer banner",
        default=True,
        help_text="Announce the open offer, with the places left, at the top of every page.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("practice_name"), FieldPanel("tagline"), FieldPanel("contact_email")],
            heading="Practice",
        ),
        FieldPanel("footer_text"),
        FieldPanel("show_offer_banner"),
        FieldPanel("comments_first_page"),
        FieldPanel("crisis_support"),
        FieldPanel("care_keywords"),
    ]

    class Meta:
        verbose_name = "site settings"

    @classmethod
    def _get_or_create(cls):
        """Every page reads the settings: they are kept in the cache under the content
        version, which saving them bumps (home/receivers.py)."""
        key = f"site-settings:{version(CONTENT)}"
        found = kept().get(key)
        if found is None:
            found = super()._get_or_create()
            kept().set(key, found, SETTINGS_CACHE_SECONDS)
        return found

    def mentions_care_keywords(self, text):
        """Whether text mentions self-harm or suicide, by the owner's list of words."""
        words = [
            re.escape(line.strip()) for line in self.care_keywords.splitlines() if line.strip()
        ]
        if not words:
            return False
        return bool(re.search(r"\b(" + "|".join(words) + r")\b", text, re.IGNORECASE))


def email_context():
    """What every email shares: the practice's name (core/emails.py asks for it here)."""
    return {"practice_name": SiteSettings.load().practice_name}


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
    subpage_types = [
        "home.StandardPage",
        "home.ContactPage",
        "articles.ArticleIndexPage",
        "donations.DonationPage",
        "enrolment.EnrolPage",
    ]
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


class ContactFormField(AbstractFormField):
    page = ParentalKey("home.ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm):
    """The contact form: the owner edits its fields, recipient, subject and thank-you text.

    Each message is stored (Submissions in the admin), emailed to the owner with reply-to
    set to the sender, and acknowledged to the sender. Messages that mention self-harm or
    suicide are marked urgent, and their sender sees the crisis-support text at once.
    """

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    thank_you_text = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Shown after a message is sent.",
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Email to the practice",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"

    form_builder = ContactFormBuilder

    def get_form_parameters(self):
        return {"scope": self.pk}

    @reviews_cached_posts
    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        problem = form.screen(request)
        if form.is_valid():
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(
            request, self.get_template(request), context, status=429 if problem == "rate" else 200
        )

    def process_form_submission(self, form):
        """Store the message (without the spam-check fields); home/receivers.py emails it.

        Replaces Wagtail's version, which would also send its own plain email at once.
        """
        for name in DEFENCES:
            form.cleaned_data.pop(name, None)
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self
        )
        contact_message_received.send(type(self), submission=submission)
        return submission

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        if form_submission is not None:
            text = " ".join(str(value) for value in form_submission.form_data.values())
            response.context_data["urgent"] = SiteSettings.load().mentions_care_keywords(text)
        return response

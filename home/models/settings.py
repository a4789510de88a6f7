"""The practice's details every page reads: name, contact, crisis text, care keywords."""

import re

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from core.fragments import CONTENT, kept, version

from ..blocks import OpeningHoursBlock

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

    # Where and when: the services page and search engines' data show these.
    address = models.TextField(
        blank=True, help_text="One line each. Leave empty if every session is online."
    )
    area_served = models.CharField(
        max_length=200, default="United Kingdom", help_text="Where clients can come from."
    )
    telephone = models.CharField(max_length=30, blank=True)
    opening_hours = StreamField([("hours", OpeningHoursBlock())], blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("practice_name"), FieldPanel("tagline"), FieldPanel("contact_email")],
            heading="Practice",
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("area_served"),
                FieldPanel("telephone"),
                FieldPanel("opening_hours"),
            ],
            heading="Where and when",
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

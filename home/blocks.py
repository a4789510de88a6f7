"""StreamField blocks shared by every page type (articles import these too)."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingValue(blocks.StructValue):
    def anchor(self):
        """The fragment a table of contents links to, prefixed so it never meets the
        page's own ids (`main`, the skip link's target, among them)."""
        return "section-" + slugify(self.get("text", ""))


class HeadingBlock(blocks.StructBlock):
    """A section heading; articles turn these into their table of contents."""

    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (H2)"), ("h3", "Subsection (H3)")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        value_class = HeadingValue
        preview_value = {"text": "What a first session looks like", "level": "h2"}
        description = "A section heading"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its alt text (or marked decorative) and an optional caption."""

    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "home/blocks/captioned_image_block.html"
        preview_value = {"caption": "The quiet room where sessions take place"}
        description = "An image with alt text and an optional caption"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        preview_value = {
            "text": "Change rarely arrives all at once; it is noticed one ordinary day.",
            "attribution": "A client, after twelve sessions",
        }
        description = "A quotation set apart from the text"


class LinkStructValue(blocks.StructValue):
    """Resolves a link that may point at a page or at an address.

    A chosen page that was since deleted or unpublished gives no link, and the block
    hides itself rather than send readers to a 404.
    """

    def url(self):
        page = self.get("page")
        if page is not None:
            return page.url if page.live else ""
        return self.get("link_url") or ""


class CallToActionBlock(blocks.StructBlock):
    """A boxed invitation to act: enrol, get in touch, donate."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button_label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"
        value_class = LinkStructValue
        preview_value = {
            "heading": "Ready to talk?",
            "text": "A first conversation costs nothing and commits you to nothing.",
            "button_label": "Get in touch",
            "link_url": "https://tranquil.example/contact/",
        }
        description = "A highlighted link that invites the reader to act"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("link_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError("Choose a page or give a URL.")}
            )
        return value


class FeaturedPageValue(blocks.StructValue):
    def is_shown(self):
        """False once the chosen page is deleted or unpublished."""
        page = self.get("page")
        return page is not None and page.live

    def title(self):
        return self.get("heading") or self["page"].title


class FeaturedPageBlock(blocks.StructBlock):
    """A card pointing at one page, with the editor's own words."""

    page = blocks.PageChooserBlock()
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Defaults to the page title."
    )
    text = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/featured_page_block.html"
        value_class = FeaturedPageValue
        preview_value = {"heading": "About the practice", "text": "Who we are and how we work."}
        description = "A card that links to one page"


class FeaturedPagesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    pages = blocks.ListBlock(FeaturedPageBlock(), min_num=1, max_num=6)

    class Meta:
        icon = "list-ul"
        template = "home/blocks/featured_pages_block.html"
        preview_value = {"heading": "Start here"}
        description = "A row of cards that link to chosen pages"


class EmbedStructValue(blocks.StructValue):
    def player_html(self):
        """The provider's player, or nothing when it cannot be fetched right now."""
        media = self.get("media")
        if media is None:  # the admin's preview of the block, before an address is given
            return ""
        try:
            return media.html
        except EmbedException:
            return ""


class ConsentEmbedBlock(blocks.StructBlock):
    """A video or other media from another site that loads only when the reader asks.

    Pages make no third-party request on their own (DESIGN.md privacy rule 9): the page
    shows a link, and a button swaps in the provider's player after the reader clicks.
    """

    media = EmbedBlock(max_width=800, help_text="The address of the video or post.")
    title = blocks.CharBlock(max_length=150, help_text="What it is, as the link text.")
    provider = blocks.CharBlock(max_length=60, help_text="Who hosts it, e.g. YouTube.")

    class Meta:
        icon = "media"
        template = "home/blocks/embed_block.html"
        value_class = EmbedStructValue
        preview_value = {"title": "A five-minute breathing exercise", "provider": "YouTube"}
        description = "A video or other media from another site, loaded on request"


DAYS = [
    ("Monday", "Monday"),
    ("Tuesday", "Tuesday"),
    ("Wednesday", "Wednesday"),
    ("Thursday", "Thursday"),
    ("Friday", "Friday"),
    ("Saturday", "Saturday"),
    ("Sunday", "Sunday"),
]


DAY_NAMES = [name for name, _ in DAYS]


def as_time(value):
    """A TimeBlock's value, which is a string in the admin's preview of the block."""
    if isinstance(value, str):
        return datetime.time.fromisoformat(value) if value else None
    return value


class OpeningHoursValue(blocks.StructValue):
    """Opening hours in words for the services page, and as data for search engines."""

    def day_list(self):
        """The chosen days in week order, whichever order they were ticked in."""
        chosen = set(self.get("days") or [])
        return [day for day in DAY_NAMES if day in chosen]

    def days_in_words(self):
        """ "Monday to Thursday", "Monday and Wednesday", "Monday to Wednesday and Friday"."""
        days = self.day_list()
        if len(days) == len(DAY_NAMES):
            return "Every day"
        runs = []
        for day in days:
            if runs and DAY_NAMES.index(runs[-1][-1]) == DAY_NAMES.index(day) - 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        parts = []
        for run in runs:
            parts.extend([f"{run[0]} to {run[-1]}"] if len(run) > 2 else run)
        return (
            " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else "".join(parts)
        )

    def opens_time(self):
        return as_time(self.get("opens"))

    def closes_time(self):
        return as_time(self.get("closes"))


class OpeningHoursBlock(blocks.StructBlock):
    """Days that share opening times, e.g. Monday to Thursday, 9:00 to 19:00."""

    days = blocks.MultipleChoiceBlock(choices=DAYS)
    opens = blocks.TimeBlock()
    closes = blocks.TimeBlock()

    class Meta:
        icon = "time"
        template = "home/blocks/opening_hours_block.html"
        value_class = OpeningHoursValue
        preview_value = {"days": ["Monday", "Tuesday"], "opens": "09:00", "closes": "18:00"}
        description = "Days and the hours the practice is open on them"


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every page offers its editors."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        template="home/blocks/paragraph_block.html",
        icon="pilcrow",
        preview_value="<p>Most people arrive with a question rather than a plan.</p>",
        description="Text with links and lists",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = ConsentEmbedBlock()
    call_to_action = CallToActionBlock()


# Home page sections. Each says what a first-time visitor needs to know, in the order the
# owner chooses. Blocks that show another app's data (articles, the offer, the newsletter)
# reach it through that app's template tags, by name, in their templates: home imports
# none of those apps.


class PreviewNote:
    """Lets a block say in its admin preview what it shows once there is data, where the
    public page would show nothing (no offer open, no articles yet)."""

    def get_preview_context(self, value, parent_context=None):
        return {**(parent_context or {}), "in_block_preview": True}


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page or an address; hidden when it leads nowhere."""

    label = blocks.CharBlock(required=False, max_length=60)
    page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        form_classname = "struct-block link-block"


class HeroValue(blocks.StructValue):
    def links(self):
        """The primary and secondary links that have both words and a live target."""
        found = []
        for name, style in (
            ("primary_link", "button"),
            ("secondary_link", "button button--secondary"),
        ):
            link = self.get(name)
            if link and link.get("label") and link.url():
                found.append({"label": link["label"], "url": link.url(), "style": style})
        return found


class HeroBlock(blocks.StructBlock):
    """The practice's promise, at the top of the home page: the page's one main heading."""

    heading = blocks.CharBlock(
        max_length=120, help_text="The promise, in a line. This is the page's main heading."
    )
    text = blocks.TextBlock(required=False, max_length=400)
    image = ImageBlock(required=False)
    primary_link = LinkBlock(label="Main button")
    secondary_link = LinkBlock(label="Second link")

    class Meta:
        icon = "home"
        template = "home/blocks/hero_block.html"
        group = "Home page sections"
        value_class = HeroValue
        preview_value = {
            "heading": "Coaching and counselling, at your pace",
            "text": "A calm place to work out what you want to change, and the next small step.",
            "primary_link": {
                "label": "Book a free first talk",
                "link_url": "https://tranquil.example/enrol/",
            },
            "secondary_link": {
                "label": "How it works",
                "link_url": "https://tranquil.example/about/",
            },
        }
        description = "The opening promise, with an image and up to two links"


class CurrentOfferBlock(PreviewNote, blocks.StructBlock):
    """The offer open now, with its places left; nothing at all while no offer is open."""

    heading = blocks.CharBlock(max_length=120, default="Starting now")
    intro = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "tag"
        template = "home/blocks/current_offer_block.html"
        group = "Home page sections"
        preview_value = {
            "heading": "Starting now",
            "intro": "A limited number of first sessions at a lower price.",
        }
        description = "The open offer and its places left (hidden when none is open)"


class ServicesValue(blocks.StructValue):
    def shown_services(self):
        """The chosen services (any since deleted left out), or every service."""
        chosen = [service for service in self.get("services") or [] if service is not None]
        if chosen:
            return chosen
        return self.block.child_blocks["services"].child_block.target_model.objects.all()

    def page_url(self):
        """The chosen services page while it is live, else the site's services page."""
        page = self.get("page")
        if page is None:
            model = self.block.child_blocks["page"].target_model
            page = model.objects.live().first()
        return page.url if page is not None and page.live else ""


class ServicesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="How we can help")
    intro = blocks.TextBlock(required=False, max_length=300)
    services = blocks.ListBlock(
        SnippetChooserBlock("home.Service"),
        required=False,
        help_text="Leave empty to show every service.",
    )
    page = blocks.PageChooserBlock(
        page_type="home.ServicesPage",
        required=False,
        help_text="Leave empty to link to the services and fees page.",
    )
    link_label = blocks.CharBlock(max_length=60, default="Services and fees")

    class Meta:
        icon = "list-ul"
        template = "home/blocks/services_block.html"
        group = "Home page sections"
        value_class = ServicesValue
        preview_value = {
            "heading": "How we can help",
            "intro": "Every service, with its length and price, so nothing is a surprise.",
            "link_label": "Services and fees",
        }
        description = "Cards for chosen services, or all of them, with a link to fees"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80)
    text = blocks.TextBlock(max_length=300)

    class Meta:
        icon = "arrow-right"
        label = "Step"


class HowItWorksBlock(blocks.StructBlock):
    """Three steps from first contact to working together: short enough to take in at once."""

    heading = blocks.CharBlock(max_length=120, default="How it works")
    steps = blocks.ListBlock(StepBlock(), min_num=3, max_num=3)

    class Meta:
        icon = "list-ol"
        template = "home/blocks/how_it_works_block.html"
        group = "Home page sections"
        preview_value = {
            "heading": "How it works",
            "steps": [
                {"title": "Get in touch", "text": "Write a few lines about what brings you."},
                {"title": "A free first talk", "text": "Twenty minutes to see if we suit you."},
                {"title": "Begin at your pace", "text": "Weekly or fortnightly, online or here."},
            ],
        }
        description = "Three numbered steps from first contact to the first session"


class LatestArticlesBlock(PreviewNote, blocks.StructBlock):
    """The newest articles, chosen automatically as they are published."""

    heading = blocks.CharBlock(max_length=120, default="Latest articles")
    count = blocks.IntegerBlock(min_value=3, max_value=6, default=3, help_text="3 to 6.")

    class Meta:
        icon = "doc-full-inverse"
        template = "home/blocks/latest_articles_block.html"
        group = "Home page sections"
        preview_value = {"heading": "Latest articles", "count": 3}
        description = "The newest published articles, updated by themselves"


class TestimonialsValue(blocks.StructValue):
    def shown_testimonials(self):
        """Chosen or all testimonials, only while consent stands, at most `max_count`."""
        limit = self.get("max_count") or 3
        chosen = [item for item in self.get("testimonials") or [] if item is not None]
        if chosen:
            return [item for item in chosen if item.is_shown][:limit]
        model = self.block.child_blocks["testimonials"].child_block.target_model
        return list(model.objects.shown()[:limit])


class TestimonialsBlock(PreviewNote, blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="In our clients' words")
    testimonials = blocks.ListBlock(
        SnippetChooserBlock("home.Testimonial"),
        required=False,
        help_text="Leave empty to show the testimonials marked to show on the site.",
    )
    max_count = blocks.IntegerBlock(min_value=1, max_value=12, default=3)

    class Meta:
        icon = "openquote"
        template = "home/blocks/testimonials_block.html"
        group = "Home page sections"
        value_class = TestimonialsValue
        preview_value = {"heading": "In our clients' words", "max_count": 3}
        description = "Clients' words, shown only with their consent"


class FAQValue(blocks.StructValue):
    def structured_data(self):
        """schema.org FAQPage data, so search engines can show the answers."""
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item["question"],
                    "acceptedAnswer": {"@type": "Answer", "text": str(item["answer"])},
                }
                for item in self.get("questions") or []
            ],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        label = "Question"


class FAQBlock(blocks.StructBlock):
    """Short answers to what people ask before they get in touch."""

    heading = blocks.CharBlock(max_length=120, default="Questions people ask")
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, max_num=12)

    class Meta:
        icon = "help"
        template = "home/blocks/faq_block.html"
        group = "Home page sections"
        value_class = FAQValue
        preview_value = {
            "heading": "Questions people ask",
            "questions": [
                {
                    "question": "Coaching or therapy: which is for me?",
                    "answer": "<p>Coaching looks forward to a goal; counselling makes room "
                    "for what weighs on you. The first talk helps you choose.</p>",
                },
                {
                    "question": "Can we meet online?",
                    "answer": "<p>Yes. Most sessions can be online or in our quiet room.</p>",
                },
            ],
        }
        description = "Questions with answers that open on request"


class NewsletterBlock(blocks.StructBlock):
    """The newsletter sign-up; its template comes from the newsletter app, as in articles."""

    heading = blocks.CharBlock(max_length=120, default="Get new articles by email")
    text = blocks.TextBlock(
        required=False,
        max_length=300,
        default="One email when we publish something new. Unsubscribe with one click.",
    )

    class Meta:
        icon = "mail"
        template = "newsletter/blocks/signup_block.html"
        group = "Home page sections"
        preview_value = {
            "heading": "Get new articles by email",
            "text": "One email when we publish something new. Unsubscribe with one click.",
        }
        description = "The newsletter sign-up form"


class HomeStreamBlock(BaseStreamBlock):
    """The home page: the hero first, then the sections the owner arranges."""

    hero = HeroBlock()
    current_offer = CurrentOfferBlock()
    services = ServicesBlock()
    how_it_works = HowItWorksBlock()
    latest_articles = LatestArticlesBlock()
    testimonials = TestimonialsBlock()
    faq = FAQBlock()
    newsletter = NewsletterBlock()
    featured_pages = FeaturedPagesBlock()

    class Meta:
        block_counts = {"hero": {"max_num": 1}}

    def clean(self, value):
        value = super().clean(value)
        types = [child.block_type for child in value]
        if "hero" in types and types[0] != "hero":
            raise blocks.StreamBlockValidationError(
                non_block_errors=ValidationError("The hero opens the page: move it to the top.")
            )
        return value

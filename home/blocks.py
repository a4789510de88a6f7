"""StreamField blocks shared by every page type (articles import these too)."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageBlock

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
        try:
            return self["media"].html
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


class OpeningHoursBlock(blocks.StructBlock):
    """Days that share opening times, e.g. Monday to Thursday, 9:00 to 19:00."""

    days = blocks.MultipleChoiceBlock(choices=DAYS)
    opens = blocks.TimeBlock()
    closes = blocks.TimeBlock()

    class Meta:
        icon = "time"
        template = "home/blocks/opening_hours_block.html"
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


class HomeStreamBlock(BaseStreamBlock):
    """The home page adds cards that feature chosen pages."""

    featured_pages = FeaturedPagesBlock()

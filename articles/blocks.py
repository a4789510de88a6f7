"""Blocks only articles offer; the shared ones come from home.blocks."""

from wagtail import blocks

from home.blocks import BaseStreamBlock, LinkStructValue, PreviewNote


class QuestionsBlock(blocks.StructBlock):
    """A short list of reflective questions the reader can ask themselves."""

    heading = blocks.CharBlock(max_length=120, default="Questions to ask yourself")
    questions = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "help"
        template = "articles/blocks/questions_block.html"
        preview_value = {
            "heading": "Questions to ask yourself",
            "questions": [
                "What would a good week look like?",
                "Who notices when things go well for me?",
            ],
        }
        description = "A bulleted list of questions for the reader"


class DonateBlock(blocks.StructBlock):
    """An invitation to support the blog, pointing at the donate page."""

    heading = blocks.CharBlock(max_length=120, default="Support this work")
    text = blocks.TextBlock(
        required=False,
        default="Our articles are free to read. A donation of any size keeps them that way.",
    )
    button_label = blocks.CharBlock(max_length=60, default="Donate")
    page = blocks.PageChooserBlock(page_type="donations.DonationPage")

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"
        value_class = LinkStructValue
        preview_value = {
            "heading": "Support this work",
            "text": "Our articles are free to read. A donation of any size keeps them that way.",
            "button_label": "Donate",
        }
        description = "An invitation to donate, linking to the donate page"


class NewsletterSignupBlock(blocks.StructBlock):
    """The newsletter sign-up inside an article, where a reader has just found it useful.

    Its template comes from the newsletter app, which owns the form and its handling.
    """

    heading = blocks.CharBlock(max_length=120, default="Get new articles by email")
    text = blocks.TextBlock(
        required=False,
        max_length=300,
        default="One email when we publish something new. Unsubscribe with one click.",
    )

    class Meta:
        icon = "mail"
        template = "newsletter/blocks/signup_block.html"
        preview_value = {
            "heading": "Get new articles by email",
            "text": "One email when we publish something new. Unsubscribe with one click.",
        }
        description = "The newsletter sign-up form"


class RelatedArticleValue(blocks.StructValue):
    def article(self):
        """The chosen article while readers can open it; None once unpublished or deleted."""
        page = self.get("page")
        return page if page is not None and page.live else None


class RelatedArticleBlock(PreviewNote, blocks.StructBlock):
    """One line in the text that points at another article: "Related: How to start"."""

    page = blocks.PageChooserBlock(page_type="articles.ArticlePage")
    label = blocks.CharBlock(
        required=False, max_length=40, default="Related:", help_text='Usually "Related:".'
    )

    class Meta:
        icon = "link"
        template = "articles/blocks/related_article_block.html"
        value_class = RelatedArticleValue
        preview_value = {"label": "Related:"}
        description = "A one-line link to another article"


class ArticleStreamBlock(BaseStreamBlock):
    questions = QuestionsBlock()
    donate = DonateBlock()
    newsletter = NewsletterSignupBlock()
    related = RelatedArticleBlock()

"""Blocks only articles offer; the shared ones come from home.blocks."""

from wagtail import blocks

from home.blocks import BaseStreamBlock


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


class ArticleStreamBlock(BaseStreamBlock):
    questions = QuestionsBlock()

"""Test factories for the blog."""

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from .models import ArticleIndexPage, ArticlePage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = "articles"
    intro = "Thoughts on coaching and counselling."

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    intro = "A short introduction."
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Some thoughts.</p>"))])

    class Meta:
        model = ArticlePage

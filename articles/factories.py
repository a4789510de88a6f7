"""Test factories for the blog."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

from .models import Announcement, ArticleIndexPage, ArticlePage, Author, Category


class AuthorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    role = "Counsellor"
    bio = "<p>Writes about coping.</p>"

    class Meta:
        model = Author


class CategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = Category


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = "articles"
    intro = "Thoughts on coaching and counselling."

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    intro = "A short introduction."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "First things", "level": "h2"}),
            ("paragraph", RichText("<p>Some thoughts.</p>")),
            ("heading", {"text": "Then", "level": "h2"}),
            ("paragraph", RichText("<p>More thoughts.</p>")),
        ]
    )

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.set(extracted)
            obj.save()

    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.categories.set(extracted)
            obj.save()

    @factory.post_generation
    def announced(obj, create, extracted, **kwargs):
        """A live article was announced, as publishing it would have; `announced=False`
        leaves that to a real publish in the test."""
        if create and obj.live and extracted is not False:
            Announcement.objects.get_or_create(page=obj)

"""Test factories for reader comments."""

import factory
from factory.django import DjangoModelFactory

from .models import Comment


class CommentFactory(DjangoModelFactory):
    author_name = factory.Faker("first_name")
    author_email = factory.Sequence(lambda n: f"reader{n}@example.com")
    body = factory.Faker("sentence")
    status = Comment.Status.APPROVED

    class Meta:
        model = Comment

"""Test factories for offers, enrolments and the enrol page."""

from datetime import timedelta
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from .models import Enrolment, EnrolPage, Offer


class OfferFactory(DjangoModelFactory):
    title = "The first 14 to enrol pay £50"
    places = 14
    offer_price = Decimal("50")
    regular_price = Decimal("80")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))

    class Meta:
        model = Offer


class EnrolmentFactory(DjangoModelFactory):
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"enrolled{n}@example.com")
    help_with = "Finding a steadier routine."
    service = Enrolment.Service.COACHING
    consent_text = "I agree."
    price = Decimal("80")

    class Meta:
        model = Enrolment


class EnrolPageFactory(wagtail_factories.PageFactory):
    title = "Enrol"
    slug = "enrol"
    regular_price = Decimal("80")

    class Meta:
        model = EnrolPage

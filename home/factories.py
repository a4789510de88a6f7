"""Test factories for the site's own page types."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import (
    PractitionerPage,
    PractitionerRegistration,
    Service,
    ServicesPage,
    StandardPage,
    TeamPage,
    Testimonial,
)


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About the practice"
    intro = "How we work."

    class Meta:
        model = StandardPage


class TeamPageFactory(wagtail_factories.PageFactory):
    title = "Our team"
    slug = "team"
    intro = "The people you would work with."

    class Meta:
        model = TeamPage


class PractitionerRegistrationFactory(DjangoModelFactory):
    body = "BACP"
    membership = "Registered Member MBACP (Accred)"
    number = factory.Sequence(lambda n: f"{100000 + n}")
    register_url = "https://www.bacp.co.uk/search/Register"

    class Meta:
        model = PractitionerRegistration


class PractitionerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Practitioner {n}")
    role = "Counsellor and coach"
    summary = "Works with adults facing anxiety, loss and change."
    qualifications = "PG Diploma in Counselling\nCertificate in Coaching"
    approach = "<p>Warm and collaborative, at your pace.</p>"
    specialisms = "Anxiety\nBereavement"
    languages = "English"
    availability = "Weekday evenings"

    class Meta:
        model = PractitionerPage
        skip_postgeneration_save = True

    @factory.post_generation
    def registrations(obj, create, extracted, **kwargs):
        """One BACP registration unless told otherwise: `registrations=[]` for none, or a
        list of field dicts, one registration each."""
        if not create:
            return
        for fields in [{}] if extracted is None else extracted:
            PractitionerRegistrationFactory(page=obj, **fields)


class ServiceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Coaching session {n}")
    kind = "coaching"
    summary = "Fifty minutes to work out what you want and the next step towards it."
    minutes = 50
    price = Decimal("60")
    price_note = "per session"
    what_happens = "<p>We agree what you would like to change, then take it a step at a time.</p>"
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Service


class TestimonialFactory(DjangoModelFactory):
    quote = "I came in tangled up and left with one clear next step."
    first_name = "Hannah"
    last_name = "Moreton"
    context = "Coaching client, 2026"
    consent_wording = "I agree that these words may be shown on the website with my first name."
    consent_date = datetime.date(2026, 6, 18)
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Testimonial


class ServicesPageFactory(wagtail_factories.PageFactory):
    title = "Services and fees"
    slug = "services"
    intro = "What we offer and what it costs, before you write to anyone."

    class Meta:
        model = ServicesPage

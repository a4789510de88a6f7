"""Test factories for the site's own page types."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import PractitionerPage, PractitionerRegistration, StandardPage, TeamPage


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

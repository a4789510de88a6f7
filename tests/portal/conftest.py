"""Fixtures for the portal: the enrol page, an open offer, coaches and clients."""

import time

import pytest
from django.core.cache import cache

from core.spam import issue_token
from portal.factories import ClientFactory, CoachFactory, EnrolPageFactory, OfferFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def enrol_page(home_page):
    return EnrolPageFactory(parent=home_page)


@pytest.fixture
def offer(db):
    return OfferFactory()


@pytest.fixture
def coach(db):
    return CoachFactory(user__first_name="Cara", user__last_name="Lane")


@pytest.fixture
def client_profile(coach):
    return ClientFactory(coach=coach, user__first_name="Sam", user__last_name="Rivers")


@pytest.fixture
def enrol_data(enrol_page):
    """A filled-in enrol form, as a browser would send it a minute after loading."""

    def data(**fields):
        return {
            "name": "Lee Morgan",
            "email": "lee@example.com",
            "phone": "07700 900123",
            "help_with": "I keep putting off a career decision.",
            "service": "coaching",
            "preferred_times": ["weekday-evenings"],
            "consent_contact": "on",
            "consent_privacy": "on",
            "token": issue_token(enrol_page.pk, issued_at=time.time() - 60),
            "homepage": "",
            **fields,
        }

    return data


@pytest.fixture
def enrol(client, enrol_data, django_capture_on_commit_callbacks, settings):
    """Post the enrol form (emails run at once) and follow to the result page.

    Many people enrol from one test address here, so the per-address limit is raised.
    """
    settings.ENROL_RATE_LIMIT = (100, 3600)

    def post(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/enrol/", enrol_data(**fields), follow=True)

    return post

"""Fixtures for enrolling: a filled-in form, posted as a browser would."""

import time

import pytest

from core.spam import issue_token


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

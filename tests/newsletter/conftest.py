"""Helpers for the newsletter tests: signing up through the real form."""

import re

import pytest
from django.core import mail
from django.test import TestCase

from core import spam
from newsletter.forms import TOKEN_PAGE


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.NEWSLETTER_MIN_SECONDS = 0  # a test types faster than any person


def signup_data(email="ada@example.com", **overrides):
    return {
        "email": email,
        "first_name": "Ada",
        "consent": "on",
        "source": "footer",
        "origin": "/articles/hard-week/",
        "token": spam.issue_token(TOKEN_PAGE),
        "homepage": "",
        **overrides,
    }


def sign_up(client, email="ada@example.com", **overrides):
    """Post the form, then run what waits for the commit (the email) as a worker would."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post("/newsletter/", signup_data(email, **overrides))


def link_in(message, path):
    """The link to `path` in an email's text body, made relative to the site."""
    return re.search(rf"https?://[^/\s]+({re.escape(path)}\S*)", message.body).group(1)


def last_mail_to(address):
    return [m for m in mail.outbox if m.to == [address]][-1]

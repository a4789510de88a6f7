"""Links in emails point where the site runs: the request's address while answering one,
the configured address (WAGTAILADMIN_BASE_URL, which `make run` sets) from background work."""

import re
import time

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import Site

from core.emails import absolute_url
from core.spam import issue_token
from newsletter.forms import TOKEN_PAGE
from newsletter.models import Subscriber
from portal.factories import InvitationFactory
from portal.tasks import send_invitation

# Real commits, so the email is written inside the request as it is on a running site
# (a test's wrapping transaction would hold it back until the request had ended).
in_request = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ON_8108 = {"HTTP_HOST": "127.0.0.1:8108"}


def links(message):
    return re.findall(r"https?://[^\s\"'<>]+", message.body)


def post_contact(client, contact, **extra):
    data = {
        "your_name": "Lee Morgan",
        "your_email": "lee@example.com",
        "your_message": "Do you offer evening sessions?",
        "token": issue_token(contact.pk, issued_at=time.time() - 60),
        "homepage": "",
    }
    return client.post("/contact/", data, **extra)


@in_request
def test_the_contact_form_mails_links_on_the_port_it_was_sent_to(client, contact):
    assert post_contact(client, contact, **ON_8108).status_code == 200
    owner = next(m for m in mail.outbox if m.to == ["owner@tranquil.example"])
    assert f"http://127.0.0.1:8108/admin/forms/submissions/{contact.pk}/" in links(owner)


@in_request
def test_a_newsletter_confirmation_links_back_to_the_same_address(client, home_page, settings):
    settings.NEWSLETTER_MIN_SECONDS = 0  # a test types faster than any person
    data = {
        "email": "ada@example.com",
        "consent": "on",
        "source": "footer",
        "origin": "/",
        "token": issue_token(TOKEN_PAGE),
        "homepage": "",
    }
    client.post("/newsletter/", data, **ON_8108)
    (message,) = mail.outbox
    found = links(message)
    confirm = "http://127.0.0.1:8108/newsletter/confirm/?token="
    assert any(link.startswith(confirm) for link in found)
    key = Subscriber.objects.get().key
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<http://127.0.0.1:8108/newsletter/unsubscribe/{key}/>"
    )
    assert not [link for link in found if ":8000" in link]


@in_request
def test_a_request_over_https_mails_https_links(client, contact):
    post_contact(client, contact, secure=True, HTTP_HOST="tranquil.example")
    owner = next(m for m in mail.outbox if m.to == ["owner@tranquil.example"])
    assert f"https://tranquil.example/admin/forms/submissions/{contact.pk}/" in links(owner)


@in_request
def test_a_host_the_site_does_not_serve_gets_no_email(client, contact, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    assert post_contact(client, contact, HTTP_HOST="evil.example").status_code == 400
    assert mail.outbox == []


@pytest.mark.django_db
def test_background_work_links_to_the_configured_address(client, coach, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8108/"
    client.get("/", **ON_8108)  # a request before leaves nothing behind
    invitation = InvitationFactory(coach=coach)
    send_invitation.enqueue(invitation.pk)
    (link,) = [link for link in links(mail.outbox[-1]) if "/portal/invitation/" in link]
    assert link.startswith("http://127.0.0.1:8108/portal/invitation/")
    assert absolute_url("/contact/") == "http://127.0.0.1:8108/contact/"


@pytest.mark.django_db
def test_the_demo_site_takes_the_address_make_run_passes(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8108"
    call_command("seed_demo", stdout=None)
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8108"

"""Forms work from the copy of a page that a shared cache hands out.

Each page is first fetched as an anonymous reader (what Varnish or a CDN would keep); the
browser is then given that stored copy instead of a fresh page, and a reader fills in and
sends its form. Nothing personal is in the copy: the tokens come from /forms/tokens/ when
the reader starts typing (static/js/forms.js).
"""

import re

import pytest
import requests
from playwright.sync_api import expect

from comments.models import Comment
from enrolment.models import Enrolment
from home.models import ContactPage
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ARTICLE = "/articles/goals-you-will-still-care-about/"


@pytest.fixture
def from_cache(page, live_server, settings):
    """Serve `path` to the browser from a copy fetched earlier by someone else."""
    for name in ("COMMENTS", "NEWSLETTER", "CONTACT", "ENROL"):
        setattr(settings, f"{name}_MIN_SECONDS", 0)  # a test types faster than any person

    def serve(path):
        kept = requests.get(live_server.url + path, timeout=30)
        assert kept.status_code == 200
        assert "Set-Cookie" not in kept.headers
        assert kept.headers["Cache-Control"].startswith("public")
        assert 'name="csrfmiddlewaretoken" value=""' in kept.text

        def copy(route):
            if route.request.method != "GET":
                return route.continue_()
            return route.fulfill(
                status=200, content_type=kept.headers["Content-Type"], body=kept.text
            )

        page.route(re.compile(re.escape(live_server.url + path) + r"$"), copy)
        page.goto(path)
        return page

    return serve


def test_a_comment(from_cache):
    page = from_cache(ARTICLE)
    form = page.locator("#respond form")
    form.get_by_label("Name").fill("Jo Walker")
    form.get_by_label("Email (optional)").fill("jo@example.com")
    form.get_by_label("Comment", exact=True).fill("Sent from a page the cache kept.")
    form.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Thank you. Your comment is awaiting moderation.")).to_be_visible(
        timeout=30_000
    )
    assert Comment.objects.filter(body="Sent from a page the cache kept.").exists()


def test_a_newsletter_sign_up(from_cache):
    page = from_cache(ARTICLE)
    signup = page.get_by_role("contentinfo").get_by_role("region", name="Stay up to date")
    signup.get_by_label("Email", exact=True).fill("cached@example.com")
    signup.get_by_label(re.compile("Yes, email me")).check()
    signup.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible(timeout=30_000)
    assert Subscriber.objects.filter(email="cached@example.com").exists()


def test_a_contact_message(from_cache):
    page = from_cache(ContactPage.objects.live().get().url)
    page.get_by_label("Your name").fill("Lee Morgan")
    page.get_by_label("Your email").fill("lee@example.com")
    page.get_by_label("Your message").fill("Sent from a page the cache kept.")
    page.get_by_role("button", name="Send message").click()
    expect(page.get_by_role("heading", name="Thank you", level=1)).to_be_visible(timeout=30_000)


def test_an_enrolment(from_cache):
    page = from_cache("/enrol/")
    page.get_by_label("Your name").fill("Lee Morgan")
    page.get_by_role("main").get_by_label("Email", exact=True).fill("lee@example.com")
    page.get_by_label("What would you like help with?").fill("Sleeping better.")
    page.get_by_label("Coaching", exact=True).check()
    page.get_by_label("Weekday evenings").check()
    page.get_by_label(re.compile("may contact me")).check()
    page.get_by_label(re.compile("privacy notice")).check()
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_text("You have place 1 of 14 at £50.")).to_be_visible(timeout=30_000)
    assert Enrolment.objects.filter(email="lee@example.com").exists()

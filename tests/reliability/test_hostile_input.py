"""Malformed and hostile input gets a 4xx (or the page, with a polite error), never a 5xx.

A table of hostile values is sent into every field of every public form, the search, the
push endpoint, the payment callbacks and an admin listing's query string.
"""

import json
import time
from decimal import Decimal

import pytest
from django.test import Client

from core.spam import issue_token
from donations.models import Donation, DonationPage
from newsletter.forms import TOKEN_PAGE

pytestmark = pytest.mark.django_db

BASE = [
    "",
    " ",
    '"',
    'a"',
    "'",
    "a'b",
    "\\",
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "\x7f",
    "\r\n\r\n",
    "\t",
    "\u202e",
    "\ufeff",
    "😀" * 40,
    "ö" * 300,
    "A" * 10_000,
    "9" * 400,
    "-1",
    "0",
    "-0",
    "1e309",
    "NaN",
    "Infinity",
    "1,000",
    "£50",
    "٣",
    "０",
    "null",
    "None",
    "[]",
    "{}",
    "true",
    "AND",
    "OR",
    "NOT",
    "NEAR(a b)",
    "a*",
    "*",
    "(",
    ")",
    "^a",
    "a:b",
    "%",
    "_",
    "%00",
    "%2e%2e%2f",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "' OR '1'='1",
    "1; DROP TABLE portal_offer; --",
    "${7*7}",
    "{{7*7}}",
    "{% debug %}",
    "=cmd|' /C calc'!A0",
    "@SUM(1)",
    "http://",
    "https://evil.example/" * 20,
    "mailto:x@y",
    "data:text/html,<script>alert(1)</script>",
]
# Each, as typed, padded, glued to a word, doubled and cut short by a NUL: 300 and more.
HOSTILE = list(
    dict.fromkeys(
        variant
        for value in BASE
        for variant in (value, f" {value} ", f"calm{value}", value * 2, f"{value}\x00")
    )
)


@pytest.fixture
def web():
    return Client(raise_request_exception=False)


@pytest.fixture
def pages(home_page, contact, enrol_page, offer, article, settings):
    settings.COMMENTS_RATE_LIMIT = settings.CONTACT_RATE_LIMIT = (10**6, 60)
    settings.ENROL_RATE_LIMIT = settings.NEWSLETTER_RATE_LIMIT = (10**6, 60)
    settings.PUSH_RATE_LIMIT = (10**6, 60)
    donate = DonationPage(title="Donate", slug="donate", preset_amounts="5, 10")
    home_page.add_child(instance=donate)
    donate.save_revision().publish()
    return {"contact": contact, "enrol": enrol_page, "article": article}


def forms(pages):
    """(url, a valid submission) for every public form."""
    minute_ago = time.time() - 60
    return {
        "/contact/": {
            "your_name": "Lee",
            "your_email": "lee@example.com",
            "your_message": "Hello",
            "token": issue_token(pages["contact"].pk, issued_at=minute_ago),
        },
        "/enrol/": {
            "name": "Robin",
            "email": "robin@example.com",
            "help_with": "Sleep",
            "service": "coaching",
            "preferred_times": "weekends",
            "consent_contact": "on",
            "consent_privacy": "on",
            "token": issue_token(pages["enrol"].pk, issued_at=minute_ago),
        },
        "/newsletter/": {
            "email": "reader@example.com",
            "consent": "on",
            "source": "footer",
            "origin": "/",
            "token": issue_token(TOKEN_PAGE, issued_at=minute_ago),
        },
        "/comments/post/": {
            "page": pages["article"].pk,
            "parent": "",
            "author_name": "Sam",
            "author_email": "sam@example.com",
            "author_url": "",
            "body": "Thank you.",
            "token": issue_token(pages["article"].pk, issued_at=minute_ago),
        },
        "/donate/": {
            "amount": "other",
            "other_amount": "12",
            "donor_name": "Ana",
            "donor_email": "",
            "donor_message": "",
        },
    }


# The sharpest of them, tried in each field on its own.
SHARP = ["", "\x00", 'a"', "9" * 400, "1e309", "NaN", "-1", "A" * 10_000, "٣", "[]", "{{7*7}}"]


def test_the_table_is_large_enough():
    assert len(HOSTILE) >= 300


def test_every_public_form_field(web, pages):
    sent, submissions = 0, list(forms(pages).items())
    for n, value in enumerate(HOSTILE):  # every field of one form at once, the forms in turn
        url, valid = submissions[n % len(submissions)]
        response = web.post(url, dict.fromkeys([*valid, "homepage"], value))
        assert response.status_code < 500, (url, value[:40])
        sent += 1
    for url, valid in submissions:
        for field in [*valid, "homepage"]:
            for value in SHARP:
                response = web.post(url, {**valid, field: value})
                assert response.status_code < 500, (url, field, value[:40])
                sent += 1
    assert sent > 600


def test_search_and_listings(web, pages):
    for value in HOSTILE:
        assert web.get("/search/", {"q": value}).status_code < 500, value[:40]
    paths = ["/search/?q=calm&page={}", "/articles/?page={}", "/articles/tag/{}/"]
    paths += ["/newsletter/confirm/?token={}", "/newsletter/unsubscribe/{}/"]
    for path in paths:
        for value in BASE:
            response = web.get(path.format(value.replace("/", "%2F")))
            assert response.status_code < 500, (path, value[:40])
    raw = ["q=%ED%A0%80", "q=%FF%FE", "q=%C0%AF", "q=%00%00", "q=a%22", "q=" + "%25" * 300]
    for query in raw:
        assert web.get(f"/search/?{query}").status_code < 500, query


def test_the_push_endpoint(web, pages):
    bodies = [value.encode("utf-8", "surrogatepass") for value in HOSTILE]
    bodies += [
        json.dumps({"endpoint": value, "keys": {"p256dh": value, "auth": value}}).encode()
        for value in BASE
    ]
    bodies += [b"\xff\xfe\x00", b'{"endpoint": ' * 500, b"[" * 10_000, b'{"keys": null}']
    for body in bodies:
        for url in ("/newsletter/push/subscribe/", "/newsletter/push/unsubscribe/"):
            response = web.post(url, body, content_type="application/json")
            assert response.status_code < 500, (url, body[:40])


def test_the_payment_callbacks(web, pages):
    donation = Donation.objects.create(
        page=DonationPage.objects.get(), variant="default", total=Decimal("10"), currency="GBP"
    )
    for value in HOSTILE:
        for response in (
            web.post("/payments/process/default/", {"x": value}),
            web.post("/payments/process/default/", value, content_type="application/json"),
            web.get(f"/payments/process/{donation.token}/", {"verification_result": value}),
        ):
            assert response.status_code < 500, value[:40]
    for value in BASE:
        for response in (
            web.post(f"/payments/process/{donation.token}/", {"status": value}),
            web.get(f"/donate/pay/{value.replace('/', '%2F')}/"),
            web.post(f"/donate/pay/{donation.token}/", {"status": value, "fraud_status": value}),
        ):
            assert response.status_code < 500, value[:40]


def test_the_owners_listings(web, owner, pages):
    web.force_login(owner)
    listings = ["/admin/portal/enrolment/", "/admin/portal/offer/", "/admin/portal/invitation/"]
    listings += ["/admin/portal/clientprofile/", "/admin/donations/donation/"]
    listings += ["/admin/newsletter/subscriber/", "/admin/comments/comment/"]
    for listing in listings:
        for value in SHARP:
            for query in ({value: "1"}, {"q": value}, {"o": value}, {"p": value}):
                response = web.get(listing, query)
                assert response.status_code < 500, (listing, query)

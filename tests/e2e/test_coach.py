"""The coach opens the client who needs attention, reads and reviews a shared entry, leaves
feedback and sets homework; the client sees both."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from demo.content import DEMO_PASSWORD

from ..second_factor import authenticator_app, totp_code
from .conftest import assert_accessible, assert_no_third_party_requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, email):
    page.goto("/accounts/login/?next=/portal/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_coach_reviews_gives_feedback_and_sets_homework(page):
    # Coaches see client data only in a sign-in that used their authenticator app.
    authenticator_app(User.objects.get(email="coach@tranquil.example"))
    sign_in(page, "coach@tranquil.example")
    expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
    page.get_by_label("Code").fill(totp_code())
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    assert_accessible(page)
    first = page.locator("table.attention tbody tr").first
    expect(first).to_contain_text("unread shared entr")
    name = first.locator("th a").inner_text()
    first.locator("th a").click()
    expect(page.get_by_role("heading", name=name)).to_be_visible()
    assert_accessible(page)

    unread = page.locator(".entry-summary li", has_text="unread").first
    title = unread.locator("a").inner_text()
    unread.locator("a").click()
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    page.get_by_role("button", name="Mark as reviewed").click()
    expect(page.get_by_text("Marked as reviewed.")).to_be_visible()
    page.get_by_label("Your feedback").fill(
        "Thank you for writing this. What would one small step look like?"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Feedback sent.")).to_be_visible()

    page.get_by_role("navigation", name="Portal").get_by_role("link", name=name).click()
    page.get_by_role("link", name="Set homework").click()
    page.get_by_label("Title").fill("Ten minutes outside each morning")
    page.get_by_label("Due date").fill("2030-01-15")
    assert_accessible(page)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Homework set.")).to_be_visible()
    assert_no_third_party_requests(page)
    page.get_by_role("button", name="Sign out").click()

    email = (
        "client.one@tranquil.example" if name.startswith("Sam") else "client.two@tranquil.example"
    )
    sign_in(page, email)
    page.get_by_role("navigation", name="Portal").get_by_role("link", name="Homework").click()
    expect(page.get_by_text("Ten minutes outside each morning")).to_be_visible()
    page.get_by_role("navigation", name="Portal").get_by_role("link", name="Journal").click()
    page.get_by_role("link", name=title).click()
    expect(page.get_by_text("What would one small step look like?")).to_be_visible()
    page.get_by_role("navigation", name="Portal").get_by_role("link", name="Your data").click()
    page.get_by_role("link", name="Who has seen your data").click()
    visit = page.locator(".visit").first  # the coach's look just now, as one visit
    expect(visit).to_contain_text(re.compile(r"viewed .*journal entr"), timeout=15_000)
    visit.get_by_text(re.compile("Each page opened")).click()
    expect(visit.get_by_role("cell", name="a journal entry").first).to_be_visible()
    assert_accessible(page)

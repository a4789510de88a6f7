"""Between sessions, in a real browser: a client writes to their coach, the coach answers,
the client books the next session, and both see it, at phone and desktop widths."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from demo.content import DEMO_PASSWORD

from ..second_factor import authenticator_app, totp_code
from .conftest import assert_accessible, assert_no_third_party_requests
from .test_layout import assert_crisis_said_once, assert_fits
from .widths import WIDTHS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLIENT = "client.one@tranquil.example"
COACH = "coach@tranquil.example"
QUESTION = "Could we spend part of Thursday on the evenings? They are still the hard bit."
ANSWER = "Yes, let's start there. Bring one evening from this week that went better."


def sign_in(page, email, code=False):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    if code:
        expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
        page.get_by_label("Code").fill(totp_code())
        page.get_by_role("button", name="Sign In").click()


def sign_out(page):
    page.goto("/portal/")
    if page.locator("summary", has_text="Menu").is_visible():
        page.locator("summary", has_text="Menu").click()
    page.get_by_role("button", name="Sign out").click()


def portal_tab(page, name):
    page.get_by_role("navigation", name="Portal").get_by_role("link", name=name).click()


def check_page(page):
    assert_fits(page)
    assert_crisis_said_once(page)
    assert_accessible(page)


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_a_message_an_answer_and_the_next_session_booked(page, size):
    page.set_viewport_size(WIDTHS[size])
    authenticator_app(User.objects.get(email=COACH))

    sign_in(page, CLIENT)
    portal_tab(page, "Messages")
    expect(page.get_by_role("heading", name=re.compile("Messages with Cara"))).to_be_visible()
    expect(page.get_by_text("Cara usually replies within 2 working days.")).to_be_visible()
    check_page(page)
    page.get_by_label("Your message").fill(QUESTION)
    page.get_by_role("button", name="Send message").click()
    expect(page.get_by_text("Your message is sent.")).to_be_visible()
    expect(page.locator(".message-thread li").last).to_contain_text(QUESTION)
    sign_out(page)

    sign_in(page, COACH, code=True)
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    sam = page.locator("table.attention tbody tr", has_text="Sam Rivers")
    expect(sam).to_contain_text("unanswered message")
    sam.get_by_role("link", name=re.compile("unread")).click()
    expect(page.get_by_role("heading", name="Messages with Sam Rivers")).to_be_visible()
    expect(page.get_by_text(QUESTION)).to_be_visible()
    check_page(page)
    page.get_by_label("Your message").fill(ANSWER)
    page.get_by_role("button", name="Send message").click()
    expect(page.get_by_text("Message sent.")).to_be_visible()
    assert_no_third_party_requests(page)
    sign_out(page)

    sign_in(page, CLIENT)
    expect(page.get_by_role("link", name=re.compile("1 new message"))).to_be_visible()
    page.get_by_role("link", name=re.compile("1 new message")).click()
    expect(page.locator(".message-thread li").last).to_contain_text(ANSWER)
    expect(page.locator(".message-thread li").last.get_by_text("New")).to_be_visible()
    check_page(page)

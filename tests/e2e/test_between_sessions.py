"""Between sessions, in a real browser: a client writes to their coach, the coach answers,
the client books the next session, and both see it, at phone and desktop widths."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from demo.content import DEMO_PASSWORD

from ..second_factor import authenticator_app, totp_code
from .conftest import assert_accessible, assert_kept_csp, assert_no_third_party_requests, open_tab
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


def portal_tab(page, name):
    page.get_by_role("navigation", name="Portal").get_by_role("link", name=name).click()


def check_page(page):
    assert_fits(page)
    assert_crisis_said_once(page)
    assert_accessible(page)


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_a_message_an_answer_and_the_next_session_booked(page, live_server, size):
    page.set_viewport_size(WIDTHS[size])
    cara = open_tab(page.context.browser, live_server.url)
    cara.set_viewport_size(WIDTHS[size])
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

    sign_in(cara, COACH, code=True)
    expect(cara.get_by_role("heading", name="Your clients")).to_be_visible()
    sam = cara.locator("table.attention tbody tr", has_text="Sam Rivers")
    expect(sam).to_contain_text("unanswered message")
    sam.get_by_role("link", name=re.compile("unread")).click()
    expect(cara.get_by_role("heading", name="Messages with Sam Rivers")).to_be_visible()
    expect(cara.get_by_text(QUESTION)).to_be_visible()
    check_page(cara)
    cara.get_by_label("Your message").fill(ANSWER)
    cara.get_by_role("button", name="Send message").click()
    expect(cara.get_by_text("Message sent.")).to_be_visible()
    assert_no_third_party_requests(cara)

    page.goto("/portal/")
    page.get_by_role("link", name=re.compile("1 new message")).click()
    expect(page.locator(".message-thread li").last).to_contain_text(ANSWER)
    expect(page.locator(".message-thread li").last.get_by_text("New")).to_be_visible()
    check_page(page)

    portal_tab(page, "Sessions")
    expect(page.get_by_role("heading", name="Your sessions", exact=True)).to_be_visible()
    check_page(page)
    page.get_by_role("link", name="Book a session").click()
    expect(page.get_by_role("heading", name="Book a session")).to_be_visible()
    check_page(page)
    day = page.locator(".slots__day").first
    slot = day.get_by_role("button").first
    when = re.compile(
        re.escape(day.locator("legend").inner_text())
        + r" \d{4}, "
        + re.escape(slot.inner_text().split("–")[0].strip())
    )
    slot.click()
    expect(page.get_by_text("Booked. You will both have an email")).to_be_visible()
    coming_up = page.locator(
        "section", has=page.get_by_role("heading", name="Coming up", exact=True)
    )
    expect(coming_up.get_by_text(when)).to_be_visible()
    check_page(page)

    portal_tab(cara, "Sessions")
    expect(cara.get_by_role("heading", name="Your sessions", exact=True)).to_be_visible()
    booked = cara.locator("table tbody tr", has_text="Sam Rivers")
    expect(booked).to_have_count(2)
    expect(booked.filter(has_text=when)).to_have_count(1)
    check_page(cara)
    cara.context.close()
    assert_kept_csp(cara)

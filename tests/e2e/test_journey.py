"""A reader becomes an editor: home → an article → sign in → the Wagtail dashboard."""

import re

import pytest
from playwright.sync_api import expect

from demo.content import DEMO_PASSWORD

from .conftest import assert_accessible, assert_no_third_party_requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_to_article_to_sign_in_to_admin_dashboard(page):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Coaching and counselling, at your pace"
    )
    expect(page.get_by_role("heading", name="Need help right now?")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Articles").click()
    expect(page).to_have_url(re.compile(r"/articles/$"))
    page.get_by_role("link", name="Coaching or counselling: which one do you need?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Coaching or counselling: which one do you need?"
    )
    assert_accessible(page)

    page.get_by_role("link", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    assert_accessible(page)
    page.get_by_label("Email").fill("editor@tranquil.example")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Tranquil")
    assert_no_third_party_requests(page)


def test_keyboard_users_can_skip_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()


def test_the_layout_fits_a_phone_screen(browser, live_server, demo_site):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 375, "height": 740})
    phone = context.new_page()
    phone.goto("/articles/coping-with-anxious-thoughts/")
    scroll_width = phone.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 375
    context.close()


def test_the_accessibility_check_catches_a_real_violation(page):
    page.set_content("<html><body><main><img src='/static/img/favicon.svg'></main></body></html>")
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page)


def test_a_reader_sends_the_contact_form(page, settings):
    settings.CONTACT_MIN_SECONDS = 0  # a test types faster than any person
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Contact").click()
    expect(page.get_by_role("heading", name="This form is not for emergencies")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your name").fill("Lee Morgan")
    page.get_by_label("Your email").fill("lee@example.com")
    page.get_by_label("Your message").fill("Do you offer evening sessions?")
    page.get_by_role("button", name="Send message").click()
    expect(page.get_by_role("heading", name="Thank you", level=1)).to_be_visible()
    assert_accessible(page)

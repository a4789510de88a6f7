"""The push bell: red, fixed in the bottom-right corner, toggled by mouse or keyboard; an end
state with a clear message when the browser's push service fails or never answers; hidden
where the browser cannot do push. The footer keeps the same control as words."""

import json

import pytest
from playwright.sync_api import expect

from newsletter.models import PushSubscription
from tests.newsletter.push_service import PushService

from .conftest import assert_accessible
from .test_newsletter import FAKE_PUSH_SERVICE
from .widths import ARTICLE, WIDTHS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Where the browser's push service fails: it refuses at once, or it never answers.
REFUSING_PUSH_SERVICE = """
PushManager.prototype.subscribe = async () => {
    throw new DOMException("Registration failed - push service error", "AbortError");
};
"""
SILENT_PUSH_SERVICE = "PushManager.prototype.subscribe = () => new Promise(() => {});"


def the_bell(page):
    return page.get_by_role("button", name="Notifications", exact=True)


def status_of(page):
    return page.locator("[data-push-bell]").get_by_role("status")


def box_of(page, bell):
    """The bell's box, the window's size, and its CSS position."""
    box = bell.bounding_box()
    window = page.viewport_size
    position = bell.evaluate("(b) => getComputedStyle(b.closest('[data-push-bell]')).position")
    return box, window, position


def assert_in_corner(page, bell):
    box, window, position = box_of(page, bell)
    assert position == "fixed"
    assert box["width"] >= 44 and box["height"] >= 44  # a touch target
    assert 0 <= window["width"] - (box["x"] + box["width"]) <= 40
    assert 0 <= window["height"] - (box["y"] + box["height"]) <= 40


@pytest.mark.parametrize("size", list(WIDTHS))
def test_the_bell_sits_in_the_corner_and_toggles(page, size):
    page.set_viewport_size(WIDTHS[size])
    with PushService() as service:
        browser = service.browser("chromium")
        keys = browser.subscription()["keys"]
        page.context.add_init_script(
            FAKE_PUSH_SERVICE % {"endpoint": json.dumps(browser.endpoint), "keys": json.dumps(keys)}
        )
        page.context.grant_permissions(["notifications"])
        page.goto(ARTICLE)
        bell = the_bell(page)
        expect(bell).to_be_visible()
        expect(bell).to_have_attribute("aria-pressed", "false")
        assert_in_corner(page, bell)

        # At the very end of the page the bell still sits in the corner, and covers none of
        # the footer: the footer leaves room below its last line.
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_function("window.scrollY > 0")
        assert_in_corner(page, bell)
        words = page.get_by_role("contentinfo").get_by_role(
            "button", name="Notify me of new articles in this browser"
        )
        expect(words).to_be_visible()
        footer_end = page.evaluate(
            """() => Math.max(...[...document.querySelectorAll('.site-footer *')]
                .filter((e) => e.getClientRects().length)
                .map((e) => e.getBoundingClientRect().bottom))"""
        )
        assert footer_end <= bell.bounding_box()["y"]
        assert_accessible(page)

        # Keyboard: Tab reaches the bell, Enter turns notifications on.
        bell.focus()
        expect(bell).to_be_focused()
        page.keyboard.press("Enter")
        expect(status_of(page)).to_have_text(
            "Notifications are on. We will tell you when a new article is published."
        )
        expect(bell).to_have_attribute("aria-pressed", "true")
        expect(bell).to_be_focused()
        assert PushSubscription.objects.get().endpoint == browser.endpoint
        expect(
            page.get_by_role("button", name="Stop notifications of new articles in this browser")
        ).to_be_visible()
        assert_accessible(page)

        # The state is the browser's own: a fresh load of the cached page shows it on.
        page.reload()
        expect(the_bell(page)).to_have_attribute("aria-pressed", "true")

        the_bell(page).click()
        expect(status_of(page)).to_have_text("Notifications are off.")
        expect(the_bell(page)).to_have_attribute("aria-pressed", "false")
        assert not PushSubscription.objects.exists()
        page.get_by_role("button", name="Close this message").click()
        expect(status_of(page)).to_have_text("")
        expect(the_bell(page)).to_be_focused()


@pytest.mark.parametrize(
    "push_service", [REFUSING_PUSH_SERVICE, SILENT_PUSH_SERVICE], ids=["refuses", "silent"]
)
def test_a_failing_push_service_ends_with_a_message_and_the_bell_works_again(page, push_service):
    page.context.add_init_script(push_service)
    page.context.grant_permissions(["notifications"])
    page.goto("/")
    bell = the_bell(page)
    failed = "Your browser could not reach its notification service"
    for _ in range(2):  # usable again after the first failure
        bell.click()
        expect(status_of(page)).to_contain_text(failed, timeout=30_000)
        expect(bell).to_have_attribute("aria-pressed", "false")
        expect(bell).to_have_attribute("aria-disabled", "false", timeout=30_000)
        # Closed, so the next round's message cannot be mistaken for this one's.
        page.get_by_role("button", name="Close this message").click()
        expect(status_of(page)).to_have_text("")
    assert not PushSubscription.objects.exists()
    assert_accessible(page)


def test_the_bell_and_its_words_hide_where_push_is_unsupported(page):
    page.context.add_init_script("delete window.PushManager;")
    page.goto("/")
    expect(page.get_by_role("button", name="Subscribe")).to_be_visible()  # the page is up
    page.wait_for_load_state("load")  # push.js (deferred) has run
    expect(page.locator("[data-push-bell]")).to_be_hidden()
    expect(page.locator("[data-push-link]")).to_be_hidden()

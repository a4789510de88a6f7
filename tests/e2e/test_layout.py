"""The layout at 1280 and at 390 pixels wide.

On a desktop the article has its contents and author in a column beside the text; on a
phone the header is one row whose Menu button works with and without JavaScript, and the
article's heading starts near the top even under the offer banner. Every page says the
crisis-support text once, fits the window and passes axe; the portal has its own header.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible
from .widths import ARTICLE, WIDTHS, sign_in_client, sign_in_coach

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PUBLIC = ["/", ARTICLE, "/articles/", "/contact/", "/enrol/"]


@pytest.fixture(params=list(WIDTHS))
def size(request):
    return request.param


def assert_fits(page):
    """The page never scrolls sideways."""
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the window"


def assert_crisis_said_once(page):
    """One crisis-support section shows, and #crisis (the skip link's target) is it."""
    expect(page.locator(".crisis:visible")).to_have_count(1)
    expect(page.locator("#crisis.crisis")).to_be_visible()


def test_public_pages_fit_pass_axe_and_say_crisis_once(page, size):
    page.set_viewport_size(WIDTHS[size])
    for path in PUBLIC:
        page.goto(path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_fits(page)
        assert_crisis_said_once(page)
        assert_accessible(page)
    # The contact and enrol pages say it beside their forms; the footer links there instead.
    footer = page.get_by_role("contentinfo")
    expect(footer.get_by_role("link", name=re.compile("Need help right now"))).to_have_attribute(
        "href", "#crisis"
    )


def test_the_article_uses_the_width_and_starts_near_the_top(page, size):
    page.set_viewport_size(WIDTHS[size])
    page.goto(ARTICLE)
    heading = page.get_by_role("heading", level=1)
    contents = page.get_by_role("navigation", name="In this article")
    author = page.get_by_role("complementary", name=re.compile("^About "))
    text = page.locator(".article__body")
    expect(author).to_be_visible()
    if size == "phone":
        expect(page.get_by_role("complementary", name="Offer")).to_be_visible()
        assert heading.bounding_box()["y"] < 200
        # Contents before the text, the author after it.
        assert contents.bounding_box()["y"] < text.bounding_box()["y"] < author.bounding_box()["y"]
    else:
        column = text.bounding_box()
        for box in (contents.bounding_box(), author.bounding_box()):
            assert box["x"] >= column["x"] + column["width"], "not beside the text"
        assert author.bounding_box()["x"] + author.bounding_box()["width"] > 1000
        # The contents stay in view while the reader is deep in the text.
        last_section = page.get_by_role("heading", name="Break it into the next small step")
        last_section.scroll_into_view_if_needed()
        expect(contents).to_be_in_viewport()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_menu_button(browser, live_server, demo_site, size, javascript):
    context = browser.new_context(
        base_url=live_server.url, viewport=WIDTHS[size], java_script_enabled=javascript
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto("/articles/")
    menu = page.get_by_role("navigation", name="Main")
    search = page.get_by_role("search")
    button = page.locator("summary", has_text="Menu")
    if size == "desktop":
        expect(button).to_be_hidden()
        expect(menu).to_be_visible()
        expect(search).to_be_visible()
    else:
        expect(menu).to_be_hidden()
        expect(search).to_be_hidden()
        button.click()
        expect(menu).to_be_visible()
        expect(search).to_be_visible()
        if javascript:
            expect(button).to_have_attribute("aria-expanded", "true")
            assert_accessible(page)
            page.keyboard.press("Escape")
            expect(menu).to_be_hidden()
            expect(button).to_have_attribute("aria-expanded", "false")
            expect(button).to_be_focused()
            button.click()
    menu.get_by_role("link", name="Contact").click()
    expect(page).to_have_url(re.compile(r"/contact/$"))
    context.close()


def test_the_client_portal_is_a_space_of_its_own(page, live_server, size):
    page.set_viewport_size(WIDTHS[size])
    sign_in_client(page, live_server)
    page.goto("/portal/")
    expect(page.get_by_role("heading", name="Welcome, Sam")).to_be_visible()
    expect(page.get_by_role("navigation", name="Portal")).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_have_count(0)
    expect(page.get_by_role("link", name="Urgent help")).to_have_attribute("href", "#crisis")
    assert_fits(page)
    assert_crisis_said_once(page)
    assert_accessible(page)
    if size == "phone":
        page.locator("summary", has_text="Menu").click()
    page.get_by_role("link", name="Back to the website").click()
    expect(page).to_have_url(re.compile(r"/$"))


def test_the_coach_dashboard_fits_its_client_table(page, live_server, size, sign_in_with_code):
    page.set_viewport_size(WIDTHS[size])
    sign_in_coach(page, live_server, sign_in_with_code)
    page.goto("/portal/coach/")
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    assert_fits(page)
    assert_crisis_said_once(page)
    assert_accessible(page)
    region = page.get_by_role("region", name="Your clients, neediest first")
    if region.evaluate("r => r.scrollWidth > r.clientWidth"):
        # Too wide for the window: the table scrolls in its own region, which the keyboard
        # can reach, and its last column scrolls fully into view.
        expect(region).to_have_attribute("tabindex", "0")
        region.evaluate("r => { r.scrollLeft = r.scrollWidth; }")
    last = region.get_by_role("columnheader").last
    box, frame = last.bounding_box(), region.bounding_box()
    assert box["x"] + box["width"] <= frame["x"] + frame["width"] + 1, "last column clipped"

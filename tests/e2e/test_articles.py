"""A reader searches from the header, opens a result and follows a tag."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from wagtail.admin.userbar import AccessibilityItem

from .conftest import assert_accessible, assert_no_third_party_requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Wagtail's userbar checker adds two rules of its own to the axe-core ones it runs.
WAGTAIL_CUSTOM_RULES = {"alt-text-quality", "empty-meta-description"}
FILENAME_LIKE = re.compile(r"\.(avif|gif|jpg|jpeg|png|svg|webp)$|_", re.IGNORECASE)


def test_search_from_the_header_then_follow_a_tag(page):
    page.goto("/articles/")
    assert_accessible(page)

    search = page.get_by_role("search").first
    search.get_by_label("Search articles").fill("anxious thoughts")
    search.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=anxious\+thoughts"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Search results for “anxious thoughts”"
    )
    assert_accessible(page)

    page.get_by_role("link", name="Five ways to cope when anxious thoughts take over").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Five ways to cope when anxious thoughts take over"
    )
    assert_accessible(page)

    page.get_by_role("link", name="breathing").click()
    expect(page).to_have_url(re.compile(r"/articles/tag/breathing/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Articles tagged “breathing”")
    expect(
        page.get_by_role("link", name="Five ways to cope when anxious thoughts take over")
    ).to_be_visible()
    assert_no_third_party_requests(page)


def test_the_table_of_contents_jumps_to_its_section(page):
    page.goto("/articles/coaching-or-counselling/")
    contents = page.get_by_role("navigation", name="In this article")
    contents.get_by_role("link", name="When you are not sure").click()
    expect(page).to_have_url(re.compile(r"#section-when-you-are-not-sure$"))
    expect(page.get_by_role("heading", name="When you are not sure")).to_be_in_viewport()


def test_wagtails_accessibility_checker_passes_on_a_demo_article(page):
    page.goto("/articles/listening-without-fixing/")
    rules = [rule for rule in AccessibilityItem.axe_run_only if rule not in WAGTAIL_CUSTOM_RULES]
    results = Axe().run(page, options={"runOnly": {"type": "rule", "values": rules}})
    assert results.response["violations"] == []
    # Wagtail's own two rules: alt text that is not a file name, and a meta description.
    alts = page.locator("main img").evaluate_all("images => images.map(image => image.alt)")
    assert alts and not [alt for alt in alts if alt and FILENAME_LIKE.search(alt)]
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert description.strip()

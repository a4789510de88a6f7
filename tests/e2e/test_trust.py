"""What a visitor weighing up the practice sees, at 1280 and 390 pixels wide.

From the home page they reach the team, one practitioner's registration (with the link to
check it), the services and fees, and an article whose byline leads back to its author;
every page fits the window, says the crisis text once and passes axe.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible
from .test_layout import assert_crisis_said_once, assert_fits
from .widths import ARTICLE, WIDTHS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def check(page):
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_fits(page)
    assert_crisis_said_once(page)
    assert_accessible(page)


@pytest.mark.parametrize("size", list(WIDTHS))
def test_a_visitor_finds_who_works_here_what_it_costs_and_what_others_say(page, size):
    page.set_viewport_size(WIDTHS[size])
    page.goto("/")
    check(page)
    main = page.get_by_role("main")
    expect(main.locator(".testimonial").first).to_be_visible()
    expect(main.get_by_role("heading", name=re.compile("Latest articles", re.I))).to_be_visible()

    page.goto("/team/")
    check(page)
    page.get_by_role("main").get_by_role("link", name=re.compile("Cara Lane")).first.click()
    expect(page.get_by_role("heading", level=1, name="Cara Lane")).to_be_visible()
    check(page)
    register = page.get_by_role("link", name=re.compile("register", re.I)).first
    expect(register).to_have_attribute("href", re.compile(r"^https://"))
    expect(page.get_by_text(re.compile("membership number", re.I)).first).to_be_visible()

    page.goto("/services/")
    check(page)
    expect(page.get_by_text("£60").first).to_be_visible()
    expect(page.get_by_text(re.compile("Free", re.I)).first).to_be_visible()


@pytest.mark.parametrize("size", list(WIDTHS))
def test_an_article_links_its_author_and_a_related_read(page, size):
    page.set_viewport_size(WIDTHS[size])
    page.goto(ARTICLE)
    check(page)
    body = page.locator(".article__body")
    expect(body.locator("figure figcaption").first).to_be_visible()
    related = body.locator(".related-line a")
    expect(related).to_have_count(1)
    title = related.inner_text()
    related.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.goto(ARTICLE)
    page.get_by_role("main").get_by_role("link", name="Cara Lane", exact=True).first.click()
    expect(page.get_by_role("heading", level=1, name="Cara Lane")).to_be_visible()

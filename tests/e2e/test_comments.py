"""A reader comments and replies; an editor approves in the admin; the comment appears."""

import re

import pytest
from playwright.sync_api import expect

from demo.content import DEMO_PASSWORD

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ARTICLE = "/articles/goals-you-will-still-care-about/"


def test_comment_reply_moderate_and_appear(page, settings):
    settings.COMMENTS_MIN_SECONDS = 0  # a test types faster than any person

    page.goto(ARTICLE)
    expect(page.get_by_role("heading", name=re.compile(r"thoughts on"))).to_be_visible()
    form = page.locator("#respond form")
    form.get_by_label("Name").fill("Jo Walker")
    # The email is optional until the reader asks to hear of replies.
    form.get_by_label("Email me when someone replies").check()
    form.get_by_label("Comment", exact=True).fill(
        "Writing down why it matters made my goal feel real."
    )
    form.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Add your email so we can tell you about replies")).to_be_visible()
    page.locator("#respond form").get_by_label("Email me when someone replies").uncheck()
    page.locator("#respond form").get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Thank you. Your comment is awaiting moderation.")).to_be_visible()
    expect(
        page.get_by_text("Your comment is awaiting moderation. Only you can see it")
    ).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Reply to Tom").click()
    expect(page.get_by_role("heading", name="Reply to Tom")).to_be_visible()
    form = page.locator("#respond form")
    form.get_by_label("Name").fill("Jo Walker")
    form.get_by_label("Email (optional)").fill("jo@example.com")
    form.get_by_label("Comment", exact=True).fill("Same for me, Tom. The bad week always comes.")
    form.get_by_role("button", name="Post comment").click()
    reply = page.locator(".comment-list--replies").get_by_text("Same for me, Tom.")
    expect(reply).to_be_visible()

    site = page.url.split("/articles/")[0]
    editor = page.context.browser.new_context(base_url=site)
    admin = editor.new_page()
    admin.goto("/accounts/login/?next=/admin/comments/comment/")
    admin.get_by_label("Email").fill("editor@tranquil.example")
    admin.get_by_label("Password").fill(DEMO_PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    expect(admin.get_by_text("Writing down why it matters")).to_be_visible()
    admin.get_by_label("Select all on this page").check()
    boxes = admin.locator('input[name="ids"]')
    expect(boxes.first).to_be_checked(timeout=15_000)
    assert all(box.is_checked() for box in boxes.all())
    admin.get_by_label("Select all on this page").uncheck()
    expect(boxes.first).not_to_be_checked(timeout=15_000)
    # One click approves a row: no confirmation page.
    row = admin.locator("tr", has_text="Writing down why it matters")
    row.get_by_role("button", name="Approve").click()
    expect(admin.get_by_text("1 comment approved.")).to_be_visible(timeout=15_000)

    editor.close()

    stranger = page.context.browser.new_context(base_url=site)
    reader = stranger.new_page()
    reader.goto(ARTICLE)
    expect(
        reader.get_by_text("Writing down why it matters made my goal feel real.")
    ).to_be_visible()
    expect(reader.get_by_text("Same for me, Tom.")).to_have_count(0)  # still waiting
    stranger.close()


def test_with_javascript_the_reply_form_moves_under_the_comment(page):
    page.goto(ARTICLE)
    page.get_by_role("link", name="Reply to Tom").click()
    expect(page).to_have_url(re.compile(r"goals-you-will-still-care-about/$"))  # no reload
    expect(page.get_by_role("heading", name="Reply to Tom")).to_be_visible()
    tom = page.locator(".comment", has_text="Planning for the bad week").first
    expect(tom.locator("#respond")).to_have_count(1)
    expect(page.locator("#respond").get_by_label("Name")).to_be_focused()

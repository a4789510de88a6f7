"""A client fills in a PHQ-9 on one screen, with the keyboard alone, and sees the score."""

import re

import pytest
from playwright.sync_api import expect

from demo.content import DEMO_PASSWORD

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_questionnaire_by_keyboard(page):
    page.goto("/accounts/login/?next=/portal/measures/")
    page.get_by_label("Email").fill("client.one@tranquil.example")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Questionnaires")).to_be_visible()
    expect(page.get_by_text("Reliable improvement").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="PHQ-9").click()
    expect(page.get_by_text("Over the last 2 weeks")).to_be_visible()
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_text("9 questions are still to answer")).to_be_visible()
    assert_accessible(page)

    for number in range(1, 10):
        group = page.get_by_role("group", name=re.compile(rf"^{number}\. "))
        group.get_by_label("Not at all").focus()
        page.keyboard.press("Space")  # choose "Not at all" from the keyboard
        if number <= 4:
            page.keyboard.press("ArrowDown")  # and move to "Several days"
    page.get_by_role("button", name="Send my answers").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Thank you: your PHQ-9 answers are saved.")).to_be_visible()
    expect(page.get_by_text(re.compile("Latest score 4 of 27"))).to_be_visible()

"""A client signs in, sets a goal with steps, writes from a prompt, checks in, sees the chart."""

import re

import pytest
from playwright.sync_api import expect

from demo.content import DEMO_PASSWORD

from .conftest import assert_accessible, assert_no_third_party_requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_client_keeps_goals_journal_and_check_ins(page):
    page.goto("/accounts/login/?next=/portal/")
    page.get_by_label("Email").fill("client.two@tranquil.example")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Welcome, Priya")).to_be_visible()
    expect(page.get_by_text("You are working with")).to_contain_text("Cara Lane")
    assert_accessible(page)

    page.get_by_role("link", name="Set a goal").click()
    page.get_by_label("Your goal, in a few words").fill("Call Mum every Sunday")
    page.get_by_label("Area").select_option(label="Relationships")
    page.get_by_label("Steps to get there").fill("Put it in the calendar\nPick a quiet room")
    assert_accessible(page)
    page.get_by_role("button", name="Save goal").click()
    expect(page.get_by_role("heading", name="Call Mum every Sunday")).to_be_visible()
    page.get_by_role("button", name=re.compile("Mark done: Put it in the calendar")).click()
    expect(page.get_by_text("50% done")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Portal").get_by_role("link", name="Journal").click()
    assert_accessible(page)
    page.get_by_role("link", name="New entry").click()
    page.get_by_text("Start from a prompt").click()
    page.get_by_role("link", name=re.compile("^Imagine that tonight")).click()
    expect(page.locator(".prompt")).to_contain_text("Imagine that tonight")
    page.get_by_label("Title").fill("After the miracle")
    page.get_by_label("Your entry").fill("I would wake up and not dread the phone ringing.")
    page.get_by_text("7", exact=True).click()
    assert_accessible(page)
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Your entry is saved and shared with your coach.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Portal").get_by_role("link", name="Check-ins").click()
    page.get_by_role("link", name="Check in now").click()
    page.locator("fieldset", has_text="Mood today").get_by_text("6", exact=True).click()
    page.locator("fieldset", has_text="distressing thoughts").get_by_text("3", exact=True).click()
    page.get_by_label("Writing it down").check()
    assert_accessible(page)
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_text("Check-in saved.")).to_be_visible()
    chart = page.get_by_role("img", name=re.compile("^Mood and distress over the last 90 days"))
    expect(chart).to_be_visible()
    expect(page.locator("table.data-table tbody tr").first).to_contain_text("Writing it down")
    assert_accessible(page)

    for name in ("Homework", "Your data", "Overview"):
        page.get_by_role("navigation", name="Portal").get_by_role("link", name=name).click()
        assert_accessible(page)
    assert_no_third_party_requests(page)

"""A reader donates a custom amount through the dummy provider and is thanked."""

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible, assert_no_third_party_requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_donate_a_custom_amount(page):
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Donate").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Donate")
    assert_accessible(page)

    page.get_by_label("Another amount", exact=True).check()
    page.get_by_label("Another amount (£)").fill("abc")
    page.get_by_role("button", name="Continue to payment").click()
    expect(page.get_by_text("Please type an amount in pounds")).to_be_visible()

    page.get_by_label("Another amount (£)").fill("12.50")
    page.get_by_label("Your email (optional)").fill("ana@example.com")
    page.get_by_role("button", name="Continue to payment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your donation of £12.50")
    page.get_by_label("Status", exact=True).select_option("confirmed")
    page.get_by_label("Fraud status").select_option("accept")
    page.get_by_role("button", name="Pay £12.50").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    expect(page.get_by_text("Your donation of £12.50 has been received.")).to_be_visible()
    assert_accessible(page)
    assert_no_third_party_requests(page)


def test_a_declined_payment_says_nothing_was_taken(page):
    page.goto("/donate/")
    page.get_by_label("£10").check()
    page.get_by_role("button", name="Continue to payment").click()
    page.get_by_label("Status", exact=True).select_option("rejected")
    page.get_by_label("Fraud status").select_option("accept")
    page.get_by_role("button", name="Pay £10").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Payment not completed")
    expect(page.get_by_role("link", name="try again")).to_be_visible()
    assert_accessible(page)

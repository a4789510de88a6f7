"""Enrol from the banner and pay for the place; the receipt arrives; the owner invites; the
invitation email leads into the portal, where the invoice waits."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from demo.content import DEMO_PASSWORD

from .conftest import assert_accessible, assert_no_third_party_requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_enrol_invite_accept_and_land_in_the_portal(page, settings):
    settings.ENROL_MIN_SECONDS = 0  # a test types faster than any person

    page.goto("/")
    banner = page.get_by_role("complementary", name="Offer")
    expect(banner).to_contain_text("14 of 14 places left at £50")
    banner.get_by_role("link", name="Enrol now").click()

    expect(page.get_by_role("heading", name="Enrol", exact=True)).to_be_visible()
    page.get_by_label("Your name").fill("Lee Morgan")
    page.get_by_role("main").get_by_label("Email", exact=True).fill("lee@example.com")
    page.get_by_label("What would you like help with?").fill("Deciding whether to change jobs.")
    page.get_by_label("Coaching", exact=True).check()
    page.get_by_label("Weekday evenings").check()
    page.get_by_label(re.compile("may contact me")).check()
    page.get_by_label(re.compile("privacy notice")).check()
    assert_accessible(page)
    page.get_by_role("button", name="Enrol").click()

    expect(page.get_by_role("heading", name="Pay for your place")).to_be_visible()
    expect(page.get_by_text("You have place 1 of 14 at £50. It is held until")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Status", exact=True).select_option("confirmed")
    page.get_by_label("Fraud status").select_option("accept")
    page.get_by_role("button", name="Pay £50.00").click()
    expect(page.get_by_role("heading", name="Thank you, Lee Morgan")).to_be_visible()
    expect(page.get_by_text("We have received your payment of £50.00.")).to_be_visible()
    expect(page.get_by_text("invoice INV-00001")).to_be_visible()
    assert_accessible(page)
    assert_no_third_party_requests(page)
    receipt = next(m for m in mail.outbox if "receipt" in m.subject.lower())
    assert receipt.to == ["lee@example.com"] and "INV-00001" in receipt.body

    site = page.url.split("/enrol/")[0]
    owner_context = page.context.browser.new_context(base_url=site)
    admin = owner_context.new_page()
    admin.goto("/accounts/login/?next=/admin/portal/enrolment/")
    admin.get_by_label("Email").fill("owner@tranquil.example")
    admin.get_by_label("Password").fill(DEMO_PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    row = admin.locator("tr", has_text="Lee Morgan")
    expect(row).to_contain_text("Place 1 at £50.00 (paid)")
    row.get_by_role("link", name="Invite to portal").click()
    admin.get_by_label("Their coach").select_option(label="Cara Lane")
    admin.get_by_role("button", name="Send the invitation").click()
    expect(admin.get_by_text("Invitation sent to lee@example.com")).to_be_visible()
    owner_context.close()

    invitation = next(m for m in mail.outbox if "invitation" in m.subject.lower())
    assert invitation.to == ["lee@example.com"]
    link = re.search(r"https?://\S+(/portal/invitation/\S+/)", invitation.body).group(1)

    newcomer = page.context.browser.new_context(base_url=site)
    lee = newcomer.new_page()
    lee.goto(link)
    expect(lee.get_by_role("heading", name="Create your account")).to_be_visible()
    expect(lee.get_by_label("Email", exact=True)).to_have_value("lee@example.com")
    expect(lee.get_by_label("First name")).to_have_value("Lee")
    lee.get_by_label("Password", exact=True).fill("a-calm-long-passphrase")
    lee.get_by_label("Password (again)").fill("a-calm-long-passphrase")
    lee.get_by_label(re.compile("two-step sign-in")).uncheck()
    assert_accessible(lee)
    lee.get_by_role("button", name="Create account").click()

    expect(lee).to_have_url(re.compile(r"/portal/$"))
    expect(lee.get_by_role("heading", name="Welcome, Lee")).to_be_visible()
    expect(lee.get_by_text("You are working with")).to_contain_text("Cara Lane")
    assert_accessible(lee)

    lee.get_by_role("link", name="Your data").click()
    lee.get_by_role("link", name="Your invoices").click()
    expect(lee.get_by_role("heading", name="Your invoices")).to_be_visible()
    lee.get_by_role("link", name="INV-00001").click()
    expect(lee.get_by_role("heading", name="Your invoice")).to_be_visible()
    expect(lee.get_by_role("main")).to_contain_text("Lee Morgan")
    expect(lee.get_by_role("main")).to_contain_text("£50.00")
    assert_accessible(lee)
    newcomer.close()

"""Signing in through the pages lands each person where they work, at both widths, and the
header then links there."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from demo.content import DEMO_PASSWORD

from ..second_factor import authenticator_app, totp_code
from .conftest import assert_accessible
from .widths import COACH_EMAIL, WIDTHS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROLES = {
    "client": ("client.one@tranquil.example", "/portal/", "Your portal"),
    "coach": (COACH_EMAIL, "/portal/coach/", "Coach portal"),
    "editor": ("editor@tranquil.example", "/admin/", "Admin"),
    "owner": ("owner@tranquil.example", "/admin/", "Admin"),
}


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    if email == COACH_EMAIL:  # coaches use their authenticator app too
        expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
        page.get_by_label("Code").fill(totp_code())
        page.get_by_role("button", name="Sign In").click()


def header_link(page, name):
    """The header's link by name, opening the phone's menu first where it folds away."""
    menu = page.get_by_role("banner").locator("summary")
    if menu.is_visible():
        menu.click()
    return page.get_by_role("banner").get_by_role("link", name=name, exact=True)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("role", ROLES)
def test_sign_in_lands_where_the_person_works(page, live_server, width, role):
    email, landing, workspace = ROLES[role]
    page.set_viewport_size(WIDTHS[width])
    authenticator_app(User.objects.get(email=COACH_EMAIL))
    sign_in(page, email)
    expect(page).to_have_url(re.compile(re.escape(live_server.url + landing) + "$"), timeout=30_000)
    if landing.startswith("/portal/"):
        assert_accessible(page)

    # Back on the public site, the header leads to the workspace.
    page.goto("/")
    link = header_link(page, workspace)
    expect(link).to_be_visible()
    expect(link).to_have_attribute("href", landing)
    assert_accessible(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_page_asked_for_comes_before_the_workspace(page, live_server, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto("/accounts/login/?next=/portal/goals/")
    page.get_by_label("Email").fill("client.one@tranquil.example")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(live_server.url + "/portal/goals/", timeout=30_000)

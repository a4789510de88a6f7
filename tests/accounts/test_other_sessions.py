"""Changing how someone signs in ends their other sessions; they can see and end them too."""

import re

import pytest
from django.core import mail
from django.test import Client

from accounts.factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-brand-new-password-42"


@pytest.fixture
def signed_in(sign_in_with_code, user):
    """A new browser signed in as `user`, with their password and a code from their app."""

    def open_browser(agent="Firefox on a laptop"):
        browser = Client(HTTP_USER_AGENT=agent)
        sign_in_with_code(browser, user)
        return browser

    return open_browser


def is_signed_in(browser):
    return browser.get("/accounts/email/").status_code == 200


def reauthenticate(browser, response):
    if response.status_code == 302 and response["Location"].startswith("/accounts/reauth"):
        browser.post(response["Location"], {"password": PASSWORD})


def test_removing_the_authenticator_app_signs_out_other_sessions(user, signed_in):
    here, elsewhere = signed_in(), signed_in("Safari on a phone")
    reauthenticate(here, here.get("/accounts/2fa/totp/deactivate/"))
    response = here.post("/accounts/2fa/totp/deactivate/")
    assert response["Location"] == "/accounts/2fa/"
    assert not user.authenticator_set.exists()
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)


def test_changing_the_password_signs_out_other_sessions(signed_in):
    here, elsewhere = signed_in(), signed_in("Safari on a phone")
    response = here.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)


def test_resetting_the_password_signs_out_every_session(user, signed_in):
    elsewhere = signed_in()
    reset = Client()
    reset.post("/accounts/password/reset/", {"email": user.email})
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[-1].body)
    form_url = reset.get(link.group(1))["Location"]
    reset.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert not is_signed_in(elsewhere)


def test_a_person_sees_their_sessions_and_ends_the_others(signed_in):
    here, elsewhere = signed_in(), signed_in("Safari on a phone")
    html = here.get("/accounts/sessions/").content.decode()
    assert "Firefox on a laptop" in html and "Safari on a phone" in html
    assert 'href="/accounts/sessions/"' in html  # in the account menu
    here.post("/accounts/sessions/")
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)
    assert "Safari on a phone" not in here.get("/accounts/sessions/").content.decode()


def test_the_sessions_page_needs_a_sign_in(client):
    response = client.get("/accounts/sessions/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")

"""Signing in with allauth: email login, verification, password reset, MFA, admin access."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth import get_user_model
from django.core import mail

from accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=PASSWORD, **extra):
    return client.post("/accounts/login/", {"login": email, "password": password, **extra})


def current_totp(secret):
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def test_public_sign_up_is_closed(client):
    response = client.get("/accounts/signup/")
    assert "Accounts are by invitation" in response.content.decode()
    client.post(
        "/accounts/signup/",
        {"email": "new@example.com", "password1": "x-Pass-1234", "password2": "x-Pass-1234"},
    )
    assert not get_user_model().objects.filter(email="new@example.com").exists()


def test_sign_in_page_offers_no_sign_up_link(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert "/accounts/signup/" not in response.content.decode()


def test_a_verified_user_signs_in_by_email_in_any_case(client, user):
    response = sign_in(client, user.email.upper())
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_password_is_refused_with_a_clear_message(client, user):
    response = sign_in(client, user.email, "not-the-password")
    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in (
        response.content.decode()
    )
    assert "_auth_user_id" not in client.session


def test_an_unverified_email_must_be_confirmed_first(client):
    user = UserFactory(verified=False)
    response = sign_in(client, user.email)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]


def test_password_reset_sends_a_working_link(client, user):
    client.post("/accounts/password/reset/", {"email": user.email})
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    form_url = client.get(link.group(1))["Location"]
    new_password = "a-brand-new-password-42"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_password_reset_for_an_unknown_email_reveals_nothing(client):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"


def test_any_user_can_turn_on_totp_and_is_then_asked_for_a_code(client, user):
    sign_in(client, user.email)
    assert client.get("/accounts/2fa/").status_code == 200
    # Changing MFA asks for the password again, however recent the sign-in.
    response = client.get("/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/accounts/reauthenticate/")
    client.post(response["Location"], {"password": PASSWORD})
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post("/accounts/2fa/totp/activate/", {"code": current_totp(secret)})
    assert response.status_code == 302
    types = set(Authenticator.objects.filter(user=user).values_list("type", flat=True))
    assert types == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}

    client.logout()
    response = sign_in(client, user.email)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": current_totp(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_the_admin_sends_visitors_to_the_allauth_sign_in(client):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/login/?next=%2Fadmin%2F"
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_an_editor_signs_in_and_reaches_the_dashboard(client, editor):
    response = sign_in(client, editor.email, next="/admin/")
    assert response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Dashboard" in response.content.decode()


def test_a_client_cannot_enter_the_admin(client):
    person = UserFactory(groups=["Clients"])
    client.force_login(person)
    response = client.get("/admin/", follow=True)
    assert response.request["PATH_INFO"] == "/"
    html = response.content.decode()
    assert "You do not have permission to access the admin." in html
    assert "Dashboard" not in html


def test_signing_in_from_a_page_returns_the_reader_to_it(client, user, article):
    response = client.get(article.url)
    login_link = f'href="/accounts/login/?next={article.url}"'
    assert login_link in response.content.decode()
    response = sign_in(client, user.email, next=article.url)
    assert response["Location"] == article.url

"""A coach's second factor belongs to the sign-in, not to the account (DESIGN.md rule 8).

A session opened with the password alone never shows client data: not before the coach
sets up an authenticator app, and not after they set one up in another browser.
"""

import pytest
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from allauth.usersessions.models import UserSession
from django.test import Client

from accounts.factories import PASSWORD
from portal.factories import JournalEntryFactory
from portal.models import MeasureResponse, Questionnaire, RiskAlert

from ..second_factor import authenticator_app, totp_code

pytestmark = pytest.mark.django_db

CANARY = "Canary-5e1f"


@pytest.fixture
def coach_pages(client_profile):
    """Every coach address (GETs, then the POSTs), with client data behind each."""
    entry = JournalEntryFactory(client=client_profile, title=CANARY, body=CANARY)
    goal = client_profile.goals.create(title=CANARY)
    phq9 = Questionnaire.objects.get(code="phq-9")
    answer = MeasureResponse.objects.create(
        client=client_profile, questionnaire=phq9, answers="[]", score=3
    )
    alert = RiskAlert.objects.create(client=client_profile, response=answer)
    base = f"/portal/coach/clients/{client_profile.pk}/"
    gets = [
        "/portal/coach/",
        base,
        f"{base}entries/{entry.pk}/",
        f"{base}goals/{goal.pk}/",
        f"{base}homework/new/",
        f"{base}sessions/new/",
    ]
    posts = [f"{base}measures/", f"/portal/coach/alerts/{alert.pk}/acknowledge/"]
    return gets, posts


def password_only(user):
    """A browser signed in with the password alone."""
    browser = Client()
    response = browser.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert browser.session.get("_auth_user_id") == str(user.pk), response
    return browser


def set_up_authenticator_app(browser):
    """Set up TOTP as a person does on /accounts/2fa/: password again, then a code.

    allauth announces the new authenticator when its transaction commits, inside the
    request: tests that set one up run in real transactions to see the same."""
    response = browser.get("/accounts/2fa/totp/activate/")
    if response.status_code == 302 and response["Location"].startswith("/accounts/reauth"):
        browser.post(response["Location"], {"password": PASSWORD})
    assert browser.get("/accounts/2fa/totp/activate/").status_code == 200
    secret = browser.session[SECRET_SESSION_KEY]
    response = browser.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302, response
    return secret


def assert_stopped(browser, pages, location):
    gets, posts = pages
    for url in gets:
        response = browser.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(location), (url, response["Location"])
        assert CANARY not in response.content.decode()
    for url in posts:
        assert browser.post(url, {}).status_code == 302, url


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_three_browsers_a_session_before_the_set_up_never_sees_client_data(coach, coach_pages):
    b = password_only(coach.user)
    assert_stopped(b, coach_pages, "/accounts/2fa/totp/activate/")

    a = password_only(coach.user)
    secret = set_up_authenticator_app(a)
    # The browser that set it up has just shown the app's code: it may see clients.
    assert CANARY in a.get(coach_pages[0][1]).content.decode()

    # B never entered a code. Its session was ended with the set-up.
    assert_stopped(b, coach_pages, "/accounts/login/")

    # Signing in again with the password alone stops at the code.
    c = Client()
    response = c.post("/accounts/login/", {"login": coach.user.email, "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert_stopped(c, coach_pages, "/accounts/login/")
    c.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert CANARY in c.get(coach_pages[0][1]).content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_gate_itself_asks_a_surviving_session_for_a_code(coach, coach_pages):
    """Even a session that nothing ended (one opened before sessions were listed) must show
    a code from the app before any client data."""
    b = password_only(coach.user)
    UserSession.objects.filter(user=coach.user).delete()  # nothing can end it now
    a = password_only(coach.user)
    secret = set_up_authenticator_app(a)

    assert_stopped(b, coach_pages, "/accounts/2fa/reauthenticate/?next=/portal/coach/")
    response = b.post(
        "/accounts/2fa/reauthenticate/?next=/portal/coach/", {"code": totp_code(secret)}
    )
    assert response["Location"] == "/portal/coach/"
    assert CANARY in b.get(coach_pages[0][1]).content.decode()


def test_a_coach_who_signed_in_with_a_code_sees_their_clients(client, coach, coach_pages):
    authenticator_app(coach.user)
    client.post("/accounts/login/", {"login": coach.user.email, "password": PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": totp_code()})
    for url in coach_pages[0]:
        assert client.get(url).status_code == 200, url


def test_a_wrong_code_shows_nothing(client, coach, coach_pages):
    authenticator_app(coach.user)
    client.post("/accounts/login/", {"login": coach.user.email, "password": PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200 and "Incorrect code" in response.content.decode()
    assert_stopped(client, coach_pages, "/accounts/login/")

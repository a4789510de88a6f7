"""/portal/: a client sees their coach; a coach sees their own clients and nobody else's."""

import pytest

from accounts.factories import UserFactory
from portal.factories import ClientFactory, CoachFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/portal/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/portal/"


def test_a_client_sees_their_coach_and_the_crisis_text(client, client_profile):
    client.force_login(client_profile.user)
    response = client.get("/portal/")
    html = response.content.decode()
    assert "You are working with <strong>Cara Lane</strong>" in html
    assert "116 123" in html
    assert response["Cache-Control"] == "no-store"


def test_a_coach_sees_only_their_own_clients(client, sign_in_with_code, coach, client_profile):
    other = ClientFactory(coach=CoachFactory(), user__first_name="Priya", user__last_name="Shah")
    sign_in_with_code(client, coach.user)
    response = client.get("/portal/")
    assert response["Location"] == "/portal/coach/"
    html = client.get("/portal/coach/").content.decode()
    assert "Sam Rivers" in html
    assert other.user.get_full_name() not in html


@pytest.mark.parametrize("who", ["editor", "plain"])
def test_people_outside_the_portal_get_not_found(client, editor, who):
    client.force_login(editor if who == "editor" else UserFactory())
    assert client.get("/portal/").status_code == 404


def test_the_offer_banner_is_not_shown_in_the_portal(client, client_profile, enrol_page):
    from enrolment.factories import OfferFactory

    OfferFactory()
    client.force_login(client_profile.user)
    assert "offer-banner" not in client.get("/portal/").content.decode()


def test_a_coach_sees_no_client_until_they_set_up_an_authenticator(client, coach, client_profile):
    client.force_login(coach.user)
    for url in ("/portal/coach/", f"/portal/coach/clients/{client_profile.pk}/"):
        response = client.get(url)
        assert response["Location"] == "/accounts/2fa/totp/activate/", url


def test_development_can_switch_the_second_factor_off(client, coach, client_profile, settings):
    """`make run` lets the demo coach look around without an authenticator app."""
    settings.PORTAL_COACH_MFA_REQUIRED = False
    client.force_login(coach.user)
    assert "Sam Rivers" in client.get("/portal/coach/").content.decode()

"""The portal's own header and footer: its tabs instead of the public menu, urgent help,
the way back to the website, and the crisis-support text once a page."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_client_page_has_the_portal_header_and_says_crisis_once(client, client_profile):
    client.force_login(client_profile.user)
    for url in ("/portal/", "/portal/goals/", "/portal/check-ins/new/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'aria-label="Portal"' in html and 'aria-label="Main"' not in html, url
        assert '<a class="portal-help" href="#crisis">Urgent help</a>' in html, url
        assert ">Back to the website</a>" in html, url
        assert html.count("116 123") == 1 and html.count('id="crisis"') == 1, url
        assert "Stay up to date" not in html, url  # no newsletter in the portal


def test_the_coach_dashboard_says_crisis_once(client, sign_in_with_code, coach, client_profile):
    sign_in_with_code(client, coach.user)
    html = client.get("/portal/coach/").content.decode()
    assert 'aria-label="Main"' not in html
    assert html.count("116 123") == 1 and html.count('id="crisis"') == 1
    assert 'role="region" aria-labelledby="clients-caption" tabindex="0"' in html

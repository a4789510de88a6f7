"""Every page says what it may load and do: a strict Content-Security-Policy (no inline
script anywhere but the admin), Permissions-Policy and Cross-Origin-Resource-Policy."""

import pytest

pytestmark = pytest.mark.django_db


def policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_strict(response, url):
    csp = policy(response)
    assert csp["script-src"] == ["'self'"], url
    assert "'unsafe-inline'" not in csp["style-src"], url
    assert csp["default-src"] == ["'self'"], url
    assert csp["frame-ancestors"] == ["'none'"] and csp["form-action"] == ["'self'"], url
    assert csp["object-src"] == ["'none'"], url
    assert "camera=()" in response["Permissions-Policy"], url
    assert "geolocation=()" in response["Permissions-Policy"], url
    assert response["Cross-Origin-Resource-Policy"] == "same-origin", url


def test_public_and_account_pages(client, full_article, contact, enrol_page, about_page):
    urls = ["/", full_article.url, "/articles/", "/search/?q=calm", contact.url, enrol_page.url]
    urls += [about_page.url, "/newsletter/", "/accounts/login/", "/accounts/password/reset/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict(response, url)
    assert_strict(client.get("/no-such-page/"), "404")


def test_portal_pages(client, sign_in_with_code, client_profile, coach):
    client.force_login(client_profile.user)
    for url in ("/portal/", "/portal/journal/new/", "/portal/check-ins/"):
        assert_strict(client.get(url), url)
    sign_in_with_code(client, coach.user)
    for url in ("/portal/coach/", f"/portal/coach/clients/{client_profile.pk}/"):
        response = client.get(url)
        assert response.status_code == 200
        assert_strict(response, url)


def test_the_admin_gets_the_policy_it_needs(client, owner):
    client.force_login(owner)
    csp = policy(client.get("/admin/"))
    assert "'unsafe-inline'" in csp["script-src"] and "'unsafe-inline'" in csp["style-src"]
    assert csp["frame-ancestors"] == ["'self'"]  # page previews open in a frame
    assert csp["object-src"] == ["'none'"] and csp["form-action"] == ["'self'"]

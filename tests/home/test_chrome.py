"""Site chrome on every page: crisis support, navigation, skip link, error pages."""

import pytest
from django.template.loader import render_to_string

from home.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(about_page, article):
    return ["/", about_page.url, article.get_parent().url, article.url, "/accounts/login/"]


def test_every_page_shows_the_crisis_support_text_and_landmarks(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "116 123" in html, url
        assert 'href="#main"' in html and 'id="main"' in html, url
        for landmark in (
            '<header class="site-header">',
            '<main id="main"',
            '<footer class="site-footer">',
            'aria-label="Main"',
        ):
            assert landmark in html, (url, landmark)


def test_crisis_text_and_practice_name_come_from_site_settings(client, home_page):
    settings = SiteSettings.load()
    settings.practice_name = "Quiet Harbour Counselling"
    settings.crisis_support = "<p>Call the Harbour line on 0800 000 111.</p>"
    settings.save()
    response = client.get("/")
    assert "Quiet Harbour Counselling" in response.content.decode()
    assert "0800 000 111" in response.content.decode()


def test_navigation_lists_menu_pages_and_marks_the_current_one(client, about_page, article):
    response = client.get(article.url)
    html = response.content.decode()
    assert f'<a href="{about_page.url}">{about_page.title}</a>' in html
    assert '<a href="/articles/" aria-current="true">Articles</a>' in html
    response = client.get("/articles/")
    assert '<a href="/articles/" aria-current="page">Articles</a>' in response.content.decode()


def test_pages_not_in_menus_stay_out_of_the_navigation(client, about_page):
    about_page.show_in_menus = False
    about_page.save_revision().publish()
    response = client.get("/")
    assert about_page.title not in response.content.decode().split("</nav>")[0]


def test_unknown_address_gets_a_styled_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We couldn’t find that page" in html
    assert "tranquil.css" in html
    assert "116 123" in html


def test_500_page_stands_alone_without_context():
    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
    assert "116 123" in html
    assert "tranquil.css" in html


def test_security_headers(client, home_page):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("url", ["/accounts/login/", "/accounts/password/reset/", "/admin/"])
def test_personal_pages_are_never_cached(client, home_page, url):
    assert client.get(url)["Cache-Control"] == "no-store"


def test_sitemap_lists_live_pages(client, article):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert article.full_url in response.content.decode()

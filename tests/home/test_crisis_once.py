"""The crisis-support text is said once a page: in the footer, or on the page itself with a
footer line that links to it. #crisis (a skip link's target) always leads to it."""

import pytest

pytestmark = pytest.mark.django_db

CRISIS_NUMBER = "116 123"


def assert_said_once(html, url):
    assert html.count(CRISIS_NUMBER) == 1, url
    assert html.count('id="crisis"') == 1, url
    assert 'href="#crisis"' in html, url


def test_pages_without_their_own_note_carry_it_in_the_footer(client, about_page, article):
    for url in ("/", about_page.url, article.url, "/accounts/login/"):
        html = client.get(url).content.decode()
        assert_said_once(html, url)
        assert '<section class="crisis crisis--footer" id="crisis"' in html, url


def test_pages_with_their_own_note_link_to_it_from_the_footer(client, contact, enrol_page):
    for url in (contact.url, enrol_page.url):
        html = client.get(url).content.decode()
        assert_said_once(html, url)
        assert 'class="crisis crisis--inline" id="crisis"' in html, url
        assert "See the crisis support on this page." in html, url


def test_the_footer_is_cached_apart_for_pages_with_and_without_a_note(client, contact, about_page):
    # The footer fragment is cached; one page's choice must not leak into another's.
    client.get(contact.url)
    html = client.get(about_page.url).content.decode()
    assert_said_once(html, about_page.url)
    assert "See the crisis support on this page." not in html

"""Public pages are the same for every anonymous reader, so any cache may keep them: no
cookie, `Cache-Control: public`. Their forms still work from such a copy, without
JavaScript too: the post comes back once to be checked, then goes through."""

import re

import pytest
from django.test import Client

from comments.models import Comment
from enrolment.models import Enrolment
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(
    home_page, about_page, full_article, article_index, contact, enrol_page, offer, donate_page
):
    return [
        "/",
        about_page.url,
        article_index.url,
        full_article.url,
        f"{article_index.url}tag/anxiety/",
        f"{article_index.url}category/coping/",
        f"{article_index.url}feed/",
        "/search/?q=worry",
        contact.url,
        enrol_page.url,
        donate_page.url,
        "/newsletter/",
        "/sitemap.xml",
        "/robots.txt",
    ]


def test_an_anonymous_reader_gets_pages_any_cache_may_keep(pages, settings):
    reader = Client()
    for url in pages:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, (url, list(response.cookies))
        assert response["Cache-Control"] == (
            f"public, max-age={settings.PUBLIC_CACHE_MAX_AGE}, "
            f"s-maxage={settings.PUBLIC_CACHE_S_MAXAGE}"
        ), url


def test_the_forms_on_them_carry_no_personal_tokens(client, full_article, contact):
    for url in (full_article.url, contact.url):
        html = client.get(url).content.decode()
        assert re.search(r'name="csrfmiddlewaretoken" value="" data-csrf', html), url
        assert re.search(r'name="token" value="" data-token-scope="\d+"', html), url


def test_signed_in_people_and_personal_answers_are_never_shared(client, user, pages):
    client.force_login(user)
    for url in pages[:4]:
        assert client.get(url)["Cache-Control"] == "private, no-store", url
    for url in ("/portal/", "/accounts/login/", "/admin/"):
        assert "no-store" in Client().get(url)["Cache-Control"], url


def test_the_tokens_come_from_a_small_uncached_request(client, full_article):
    response = client.get("/forms/tokens/", {"scope": full_article.pk})
    assert (
        response["Cache-Control"].startswith("max-age=0")
        and "no-store" in response["Cache-Control"]
    )
    tokens = response.json()
    assert tokens["csrf"] and tokens["token"] and "csrftoken" in response.cookies
    assert "token" in client.get("/forms/tokens/", {"scope": "newsletter"}).json()
    assert client.get("/forms/tokens/", {"scope": "<script>"}).status_code == 404


def filled(html):
    """The per-visitor tokens a page carries (empty on a cached copy)."""
    token = re.search(r'name="token" value="([^"]*)"', html)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]*)"', html)
    return {"token": token.group(1) if token else "", "csrfmiddlewaretoken": csrf.group(1)}


@pytest.fixture
def browser(settings):
    """A reader without JavaScript, whose posts Django checks for CSRF as a browser's."""
    for name in ("COMMENTS", "CONTACT", "ENROL", "NEWSLETTER"):
        setattr(settings, f"{name}_MIN_SECONDS", 0)
    return Client(enforce_csrf_checks=True)


def post_from_a_cached_copy(browser, url, action, data):
    """Send the form as the cached page has it (no tokens), then as it comes back."""
    cached = browser.get(url).content.decode()
    first = browser.post(action, {**data, **filled(cached)})
    assert first.status_code == 200, first.status_code
    html = first.content.decode()
    assert "press the button again to send it" in html
    assert next(iter(data.values())) in html  # what was typed is there to send
    tokens = filled(html)
    assert tokens["token"] or "donate" in url
    assert tokens["csrfmiddlewaretoken"]
    return browser.post(action, {**data, **tokens})


def test_a_comment_from_a_cached_page_without_javascript(browser, article):
    data = {
        "body": "This helped me today.",
        "page": article.pk,
        "author_name": "Sam",
        "author_email": "sam@example.com",
    }
    response = post_from_a_cached_copy(browser, article.url, "/comments/post/", data)
    assert response.status_code == 302
    assert Comment.objects.get().body == "This helped me today."


def test_a_newsletter_sign_up_from_a_cached_page_without_javascript(browser, full_article):
    data = {"email": "reader@example.com", "consent": "on", "source": "footer", "origin": "/"}
    response = post_from_a_cached_copy(browser, full_article.url, "/newsletter/", data)
    assert response.status_code == 302
    assert Subscriber.objects.get().email == "reader@example.com"


def test_a_contact_message_from_a_cached_page_without_javascript(browser, contact):
    from wagtail.contrib.forms.models import FormSubmission

    data = {
        "your_message": "Do you see people on Saturdays?",
        "your_name": "Lee",
        "your_email": "lee@example.com",
    }
    response = post_from_a_cached_copy(browser, contact.url, contact.url, data)
    assert (
        response.status_code == 200 and "Thanks, we will reply soon." in response.content.decode()
    )
    assert FormSubmission.objects.count() == 1


def test_an_enrolment_from_a_cached_page_without_javascript(browser, enrol_page, offer):
    data = {
        "help_with": "Finding my feet after a move.",
        "name": "Robin",
        "email": "robin@example.com",
        "service": "coaching",
        "consent_contact": "on",
        "consent_privacy": "on",
    }
    response = post_from_a_cached_copy(browser, enrol_page.url, enrol_page.url, data)
    assert response.status_code == 302
    assert Enrolment.objects.get().email == "robin@example.com"


def test_nothing_is_stored_on_the_first_post(browser, article):
    browser.post("/comments/post/", {"page": article.pk, "body": "Hi", "author_name": "Sam"})
    assert not Comment.objects.exists()


def test_other_posts_without_a_token_are_still_refused(browser, user, client_profile):
    assert (
        browser.post("/accounts/login/", {"login": user.email, "password": "x"}).status_code == 403
    )
    browser.force_login(client_profile.user)
    browser.get("/portal/")  # now the browser has a CSRF cookie: a forged post is no review
    response = browser.post("/portal/journal/new/", {"title": "Forged", "body": "x"})
    assert response.status_code == 403

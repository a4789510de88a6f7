"""Double opt-in: sign up, confirm from the inbox with a POST, consent on record."""

import time

import pytest
from django.core import mail, signing

from articles.factories import ArticlePageFactory
from newsletter.models import CONFIRM_SALT, Consent, Subscriber

from .conftest import last_mail_to, link_in, sign_up, signup_data

pytestmark = pytest.mark.django_db


def confirm_link(address="ada@example.com"):
    return link_in(last_mail_to(address), "/newsletter/confirm/")


def test_sign_up_sends_a_confirmation_and_subscribes_no_one_yet(client, home_page):
    response = sign_up(client, "Ada@Example.com")
    assert response.status_code == 302
    assert response.url == "/newsletter/check-your-inbox/"
    page = client.get(response.url)
    assert "Look for our email at ada@example.com" in page.text

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ada@example.com"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.first_name == ""  # applied only once the inbox confirms
    assert Subscriber.objects.confirmed().count() == 0

    message = last_mail_to("ada@example.com")
    assert message.subject == "Please confirm your subscription to Tranquil"
    assert "Ada" not in message.body  # a name typed by anyone is not put in anyone's inbox
    assert "/newsletter/confirm/?token=" in message.body
    assert "/newsletter/confirm/?token=" in message.alternatives[0][0]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_link_opens_a_page_and_only_the_button_confirms(client, home_page):
    sign_up(client)
    link = confirm_link()

    page = client.get(link)  # what a mail scanner does
    assert page.status_code == 200
    assert "Confirm my subscription" in page.text
    assert page["Cache-Control"].startswith("max-age=0")
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    token = link.split("token=")[1]
    done = client.post("/newsletter/confirm/", {"token": token})
    assert done.status_code == 200
    assert "You are subscribed" in done.text
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED
    assert subscriber.first_name == "Ada"
    assert subscriber.confirmed_at is not None

    again = client.post("/newsletter/confirm/", {"token": token})
    assert again.status_code == 200 and "You are subscribed" in again.text
    assert client.get(link).text.count("Confirm my subscription") == 0


def test_each_opt_in_keeps_its_consent_record(client, home_page):
    sign_up(client)
    client.post("/newsletter/confirm/", {"token": confirm_link().split("token=")[1]})
    consent = Consent.objects.get()
    assert consent.wording == (
        "Yes, email me when Tranquil publishes a new article. "
        "I can unsubscribe at any time with one click."
    )
    assert consent.method == "Sign-up form in the page footer, on /articles/hard-week/"
    assert consent.given_at is not None and consent.confirmed_at is not None
    assert len(consent.ip_hash) == 64 and "127.0.0.1" not in consent.ip_hash


def test_the_wording_shown_is_the_wording_stored(client, home_page):
    page = client.get("/newsletter/")
    assert Consent.objects.count() == 0
    sign_up(client)
    assert Consent.objects.get().wording in page.text


def test_an_outside_origin_is_not_recorded(client, home_page):
    sign_up(client, origin="https://elsewhere.example/")
    assert Consent.objects.get().method == "Sign-up form in the page footer"


def main_of(response):
    return response.text.split("<main")[1].split("</main>")[0]


def test_the_same_answer_whatever_the_address_state(client, home_page):
    Subscriber.objects.create(email="known@example.com", status=Subscriber.Status.SUBSCRIBED)
    new = sign_up(client, "new@example.com")
    new_page = main_of(client.get(new.url)).replace("new@example.com", "X")
    known = sign_up(client, "known@example.com")
    known_page = main_of(client.get(known.url)).replace("known@example.com", "X")
    assert new.status_code == known.status_code == 302
    assert new.url == known.url
    assert new_page == known_page


def test_signing_up_when_subscribed_emails_a_note_and_changes_nothing(client, home_page):
    Subscriber.objects.create(
        email="known@example.com", first_name="Kim", status=Subscriber.Status.SUBSCRIBED
    )
    sign_up(client, "known@example.com", first_name="Mallory")
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED
    assert subscriber.first_name == "Kim"
    assert Consent.objects.count() == 0
    note = last_mail_to("known@example.com")
    assert "already subscribed" in note.subject
    assert "/newsletter/confirm/" not in note.body


def test_signing_up_twice_before_confirming_sends_one_email_for_a_while(client, home_page):
    sign_up(client)
    sign_up(client)
    assert len(mail.outbox) == 1
    assert Subscriber.objects.count() == 1
    assert Consent.objects.count() == 2  # both opt-ins are on record
    client.post("/newsletter/confirm/", {"token": confirm_link().split("token=")[1]})
    assert Subscriber.objects.get().status == Subscriber.Status.SUBSCRIBED


def test_after_unsubscribing_a_new_sign_up_needs_confirming_again(client, home_page):
    subscriber = Subscriber.objects.create(
        email="ada@example.com", status=Subscriber.Status.UNSUBSCRIBED
    )
    sign_up(client)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    client.post("/newsletter/confirm/", {"token": confirm_link().split("token=")[1]})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED


def test_an_expired_link_says_so_and_subscribes_no_one(client, home_page, monkeypatch):
    sign_up(client)
    token = confirm_link().split("token=")[1]
    later = time.time() + 8 * 24 * 60 * 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.post("/newsletter/confirm/", {"token": token})
    assert response.status_code == 410
    assert "This link has expired" in response.text
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@pytest.mark.parametrize(
    "token",
    ["", "nonsense", signing.dumps(1, salt="another-salt"), signing.dumps(999, salt=CONFIRM_SALT)],
)
def test_a_bad_link_is_a_clear_400(client, home_page, token):
    assert client.get("/newsletter/confirm/", {"token": token}).status_code == 400
    response = client.post("/newsletter/confirm/", {"token": token})
    assert response.status_code == 400
    assert "This link does not work" in response.text


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("email", "not-an-email", "Enter a valid email address"),
        ("email", "", "Enter your email address."),
        ("email", "a" * 250 + "@example.com", "at most 254 characters"),
        ("consent", "", "Tick the box"),
        ("first_name", "x" * 61, "at most 60 characters"),
        ("source", "elsewhere", "Please check the fields"),
    ],
)
def test_bad_input_is_a_400_that_keeps_what_was_typed(client, home_page, field, value, error):
    response = sign_up(client, **{field: value})
    assert response.status_code == 400
    assert error in response.text
    kept = 'value="ada@example.com"' if field != "email" else 'value="Ada"'
    assert kept in response.text
    assert Subscriber.objects.count() == 0
    assert not mail.outbox


def test_spam_defences(client, home_page, django_capture_on_commit_callbacks):
    assert sign_up(client, homepage="http://spam.example").status_code == 400
    assert sign_up(client, token="forged").status_code == 400
    data = signup_data()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/newsletter/", data).status_code == 302
    assert client.post("/newsletter/", data).status_code == 400  # a replayed form
    assert Subscriber.objects.count() == 1


def test_sign_ups_are_rate_limited_per_visitor(client, home_page, settings):
    settings.NEWSLETTER_RATE_LIMIT = (2, 3600)
    assert sign_up(client, "one@example.com").status_code == 302
    assert sign_up(client, "two@example.com").status_code == 302
    response = sign_up(client, "three@example.com")
    assert response.status_code == 429
    assert "wait a few minutes" in response.text
    assert not Subscriber.objects.filter(email="three@example.com").exists()


def test_a_get_shows_the_form_and_other_methods_are_refused(client, home_page):
    page = client.get("/newsletter/")
    assert page.status_code == 200
    assert 'name="email"' in page.text
    assert page.text.count('name="email"') == 1  # no second form in the footer
    assert client.put("/newsletter/").status_code == 405


def test_the_footer_form_is_on_every_public_page(client, article):
    for url in ["/", article.url]:
        text = client.get(url).text
        assert 'action="/newsletter/"' in text
        assert 'id="newsletter-footer-email"' in text
        assert "data-push-bell" in text and "data-push-link" in text


def test_the_article_block_signs_up_with_its_own_source(client, article_index):
    page = ArticlePageFactory(
        parent=article_index,
        slug="with-signup",
        body=[("newsletter", {"heading": "More like this", "text": "Get the next one."})],
    )
    text = client.get(page.url).text
    assert "More like this" in text and "Get the next one." in text
    assert 'id="newsletter-article-email"' in text and 'id="newsletter-footer-email"' in text
    assert 'name="source" value="article"' in text
    assert "More like this" not in client.get("/articles/feed/").text  # no form in the feed

    sign_up(client, source="article", origin=page.url)
    assert Consent.objects.get().method == f"Sign-up form in the text of a page, on {page.url}"


def test_no_newsletter_in_the_private_rooms(client, home_page):
    for url in ["/accounts/login/", "/portal/"]:
        response = client.get(url, follow=True)
        assert 'action="/newsletter/"' not in response.text


def test_an_old_link_after_unsubscribing_says_so_and_subscribes_no_one(client, home_page):
    sign_up(client)
    token = confirm_link().split("token=")[1]
    client.post("/newsletter/confirm/", {"token": token})
    Subscriber.objects.get().unsubscribe()
    for response in [
        client.get("/newsletter/confirm/", {"token": token}),
        client.post("/newsletter/confirm/", {"token": token}),
    ]:
        assert "confirmed with it once and has unsubscribed since" in response.text
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED

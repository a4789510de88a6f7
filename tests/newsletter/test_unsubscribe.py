"""Unsubscribing: one click from any email, or the mail app's RFC 8058 button."""

from urllib.parse import urlsplit

import pytest
from django.test import Client

from newsletter.models import Subscriber

from .conftest import last_mail_to, sign_up

pytestmark = pytest.mark.django_db


@pytest.fixture
def ada(db):
    return Subscriber.objects.create(email="ada@example.com", status=Subscriber.Status.SUBSCRIBED)


def test_the_link_unsubscribes_without_signing_in_and_says_so(client, home_page, ada):
    response = client.get(f"/newsletter/unsubscribe/{ada.key}/")
    assert response.status_code == 200
    assert "We have taken ada@example.com off our list." in response.text
    ada.refresh_from_db()
    assert ada.status == Subscriber.Status.UNSUBSCRIBED
    assert ada.unsubscribed_at is not None

    again = client.get(f"/newsletter/unsubscribe/{ada.key}/")
    assert "ada@example.com was already off our list." in again.text


def test_one_click_post_works_with_no_cookie_and_no_csrf_token(home_page, ada):
    mail_app = Client(enforce_csrf_checks=True)
    response = mail_app.post(
        f"/newsletter/unsubscribe/{ada.key}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    ada.refresh_from_db()
    assert ada.status == Subscriber.Status.UNSUBSCRIBED


def test_an_unknown_link_is_a_404_that_explains(client, home_page, ada):
    response = client.get("/newsletter/unsubscribe/not-a-real-key/")
    assert response.status_code == 404
    assert "This link does not work" in response.text
    ada.refresh_from_db()
    assert ada.status == Subscriber.Status.SUBSCRIBED


def test_the_confirmation_email_can_stop_all_mail(client, home_page):
    sign_up(client)
    message = last_mail_to("ada@example.com")
    subscriber = Subscriber.objects.get()
    url = subscriber.unsubscribe_url
    assert message.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert url in message.body
    client.post(urlsplit(url).path)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

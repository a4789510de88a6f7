"""allauth's emails carry the practice's name and come in text and HTML."""

import pytest
from django.core import mail

from accounts.factories import PASSWORD, UserFactory
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_password_reset_email_has_text_and_html_in_the_practice_name(client, user):
    settings = SiteSettings.load()
    settings.practice_name = "Quiet Harbour"
    settings.save()
    client.post("/accounts/password/reset/", {"email": user.email})
    [message] = mail.outbox
    assert "Quiet Harbour" in message.body
    assert "Hello from" not in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "Quiet Harbour" in html
    link = next(word for word in message.body.split() if "/password/reset/key/" in word)
    assert f'<a href="{link}"' in html


def test_verification_email_is_sent_in_both_forms(client):
    person = UserFactory(verified=False)
    client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    [message] = mail.outbox
    assert "/accounts/confirm-email/" in message.body
    assert "/accounts/confirm-email/" in message.alternatives[0][0]

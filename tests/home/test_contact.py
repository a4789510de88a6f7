"""The contact form: stored, emailed to the owner and acknowledged; spam and care handled."""

import time

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.contrib.forms.models import FormSubmission

from core.spam import issue_token

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def send(client, contact, django_capture_on_commit_callbacks):
    def post(**fields):
        data = {
            "your_name": "Lee Morgan",
            "your_email": "lee@example.com",
            "your_message": "Do you offer evening sessions?",
            "token": issue_token(contact.pk, issued_at=time.time() - 60),
            "homepage": "",
            **fields,
        }
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/contact/", data)

    return post


def test_the_form_warns_it_is_not_for_emergencies(client, contact):
    html = client.get("/contact/").content.decode()
    assert "This form is not for emergencies" in html
    assert "116 123" in html.split("This form is not for emergencies")[1]


def test_a_message_is_stored_emailed_and_acknowledged(send):
    response = send()
    assert response.status_code == 200
    assert "Thanks, we will reply soon." in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.get_data()["your_message"] == "Do you offer evening sessions?"
    assert "token" not in submission.form_data and "homepage" not in submission.form_data

    owner, acknowledgement = mail.outbox
    assert owner.to == ["owner@tranquil.example"]
    assert owner.reply_to == ["lee@example.com"]
    assert owner.subject == "New message"
    assert "Do you offer evening sessions?" in owner.body
    assert "Your name:\nLee Morgan" in owner.body
    assert owner.alternatives[0][1] == "text/html"
    assert acknowledgement.to == ["lee@example.com"]
    assert acknowledgement.subject == "We have your message"
    assert "Do you offer evening sessions?" not in acknowledgement.body


def test_bad_input_is_refused_with_every_field_kept(send):
    response = send(your_email="not-an-email", your_message="Still my words.")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert 'value="Lee Morgan"' in html and "Still my words." in html
    assert 'value="not-an-email"' in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_required_field_left_empty(send):
    response = send(your_message="")
    assert "This field is required." in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_a_message_about_self_harm_is_urgent_and_the_sender_sees_support(send):
    response = send(your_message="I keep thinking about self-harm and need to talk.")
    html = response.content.decode()
    assert 'role="alert"' in html and "116 123" in html.split('role="alert"')[1]
    owner, acknowledgement = mail.outbox
    assert owner.subject == "URGENT: New message"
    assert "mentions self-harm or suicide" in owner.body
    assert "116 123" in acknowledgement.body


def test_honeypot_and_speed_are_refused_politely(send, contact):
    response = send(homepage="http://spam.example")
    assert "If you are a person, please try again." in response.content.decode()
    response = send(token=issue_token(contact.pk))
    assert "quicker than we expected from a person" in response.content.decode()
    assert "Do you offer evening sessions?" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_rate_limit(send, settings):
    settings.CONTACT_RATE_LIMIT = (1, 3600)
    assert send().status_code == 200
    response = send()
    assert response.status_code == 429
    assert "Please wait a few minutes" in response.content.decode()
    assert FormSubmission.objects.count() == 1


def test_the_owner_sees_submissions_in_the_admin(client, owner, send, contact):
    send()
    client.force_login(owner)
    html = client.get(f"/admin/forms/submissions/{contact.pk}/").content.decode()
    assert "Do you offer evening sessions?" in html


def test_editors_cannot_read_the_messages(client, editor, send, contact):
    send()
    client.force_login(editor)
    response = client.get(f"/admin/forms/submissions/{contact.pk}/")
    assert response.status_code in (302, 403, 404)
    assert "Do you offer evening sessions?" not in response.content.decode()


def test_the_owners_from_address_is_used(send, contact):
    contact.from_address = "website@tranquil.example"
    contact.save_revision().publish()
    send()
    assert mail.outbox[0].from_email == "website@tranquil.example"

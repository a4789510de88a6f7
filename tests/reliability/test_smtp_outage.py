"""The mail server goes away: every email the site accepted meanwhile arrives, once, when
it comes back, the risk alert first."""

import re
import time

import pytest
from django.core.management import call_command

from core import outbox
from core.spam import issue_token
from newsletter.forms import TOKEN_PAGE
from portal.factories import InvitationFactory
from portal.models import MeasureAssignment, Questionnaire
from portal.tasks import send_invitation

pytestmark = pytest.mark.django_db


def deliver():
    call_command("deliver_mail", "--once")


@pytest.fixture
def site_in_use(client, contact, enrol_page, offer, client_profile, user, settings):
    """One of each kind of email, sent while the server is away."""
    settings.NEWSLETTER_MIN_SECONDS = 0
    minute_ago = time.time() - 60
    phq9 = Questionnaire.objects.get(code="phq-9")
    assigned = MeasureAssignment.objects.create(
        client=client_profile, coach=client_profile.coach, questionnaire=phq9
    )

    def send_everything(on_commit):
        with on_commit(execute=True):
            client.post(
                "/contact/",
                {
                    "your_name": "Lee Morgan",
                    "your_email": "lee@example.com",
                    "your_message": "Do you offer evening sessions?",
                    "token": issue_token(contact.pk, issued_at=minute_ago),
                },
            )
            client.post(
                "/enrol/",
                {
                    "name": "Robin Ash",
                    "email": "robin@example.com",
                    "help_with": "Sleep.",
                    "service": "coaching",
                    "consent_contact": "on",
                    "consent_privacy": "on",
                    "token": issue_token(enrol_page.pk, issued_at=minute_ago),
                },
            )
            for _ in range(2):  # signing up twice during the outage queues one email
                client.post(
                    "/newsletter/",
                    {
                        "email": "reader@example.com",
                        "consent": "on",
                        "source": "page",
                        "token": issue_token(TOKEN_PAGE, issued_at=minute_ago),
                    },
                )
            send_invitation.enqueue(InvitationFactory(email="noor@example.com").pk)
            client.post("/accounts/password/reset/", {"email": user.email})
            client.force_login(client_profile.user)
            answers = {f"item_{n}": "0" for n in range(1, 9)} | {"item_9": "2", "extra": ""}
            client.post(f"/portal/measures/{assigned.pk}/", answers)

    return send_everything


def test_every_email_sent_during_an_outage_arrives_once_risk_alert_first(
    smtp_server, site_in_use, django_capture_on_commit_callbacks, client_profile, user
):
    site_in_use(django_capture_on_commit_callbacks)
    deliver()  # the server is away: nothing goes, nothing is lost
    assert smtp_server.inbox.messages == []
    assert outbox.failed_count() == 8 and outbox.waiting_count() == 0

    smtp_server.start()
    deliver()
    received = [(m["To"], m["Subject"]) for m in smtp_server.inbox.messages]
    assert received[0] == (client_profile.coach.user.email, "A client needs contact today")
    assert sorted(to for to, _ in received) == sorted(
        [
            client_profile.coach.user.email,  # PHQ-9 risk alert
            "owner@tranquil.example",  # contact message, to the practice
            "lee@example.com",  # its acknowledgement
            "hello@tranquil.example",  # enrolment, to the practice
            "robin@example.com",  # its confirmation
            "reader@example.com",  # newsletter confirmation (once)
            "noor@example.com",  # invitation
            user.email,  # password reset
        ]
    )
    reset = next(m for m in smtp_server.inbox.messages if m["To"] == user.email)
    assert re.search(r"/accounts/password/reset/key/", reset.get_payload(0).get_payload())
    assert outbox.failed_count() == outbox.waiting_count() == 0

    deliver()  # and nothing twice
    assert len(smtp_server.inbox.messages) == 8


def test_a_sign_up_during_an_outage_does_not_hold_back_the_next_one(
    smtp_server, client, settings, django_capture_on_commit_callbacks
):
    """The once-per-interval rule starts when the server takes the email, not before."""
    settings.NEWSLETTER_MIN_SECONDS = 0

    def sign_up():
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                "/newsletter/",
                {
                    "email": "reader@example.com",
                    "consent": "on",
                    "source": "page",
                    "token": issue_token(TOKEN_PAGE),
                },
            )

    sign_up()
    deliver()
    assert outbox.failed_count() == 1
    smtp_server.start()
    deliver()
    assert len(smtp_server.inbox.messages) == 1
    sign_up()  # within the interval after it arrived: held back
    deliver()
    assert len(smtp_server.inbox.messages) == 1


def test_the_worker_backs_off_while_the_server_stays_away(smtp_server, settings, monkeypatch):
    """Retries wait longer and longer (30 s, then 60 s …) and stop growing at the cap."""
    from core.management.commands import deliver_mail

    settings.OUTBOX_RETRY_MIN_SECONDS, settings.OUTBOX_RETRY_MAX_SECONDS = 30, 100
    clock, retries, sleeps = [0.0], [], []
    monkeypatch.setattr(deliver_mail.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(deliver_mail.outbox, "retry_deferred", lambda: retries.append(clock[0]))
    monkeypatch.setattr(deliver_mail, "send_all", lambda: None)
    monkeypatch.setattr(deliver_mail.outbox, "failed_count", lambda: 1)
    monkeypatch.setattr(deliver_mail, "close_old_connections", lambda: None)

    def tick(seconds):
        sleeps.append(seconds)
        clock[0] += 1
        if clock[0] > 400:
            raise StopIteration

    monkeypatch.setattr(deliver_mail.time, "sleep", tick)
    with pytest.raises(StopIteration):
        call_command("deliver_mail")
    assert retries[:5] == [0, 30, 90, 190, 290]  # waits of 30, 60, then the cap of 100

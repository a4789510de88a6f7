"""The outbox: mail waits in the database until the server takes it, most urgent first,
and failed mail is tried again; the owner sees what waits, never what it says."""

import pytest
from django.core import mail
from django.core.management import call_command
from mailer.models import Message, MessageLog

from core import outbox
from core.emails import send_email

pytestmark = pytest.mark.django_db


class RefusingBackend(outbox.LocmemBackend):
    """The mail server is away: every connection fails."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("Connection refused")


@pytest.fixture
def queued(settings):
    """Mail goes to the outbox, as in production; the worker delivers to locmem."""
    settings.EMAIL_BACKEND = "core.outbox.OutboxBackend"
    settings.MAILER_EMAIL_BACKEND = "core.outbox.LocmemBackend"
    settings.OUTBOX_POLL_SECONDS = 0


def notice(to, priority="medium", tag=None):
    send_email(
        "portal/email/new_feedback",
        to,
        {"link": "https://tranquil.example/x/", "name": "Sam"},
        priority=priority,
        tag=tag,
    )


def test_mail_waits_in_the_database_until_the_worker_sends_it(queued):
    notice("sam@example.com")
    assert mail.outbox == [] and Message.objects.count() == 1
    call_command("deliver_mail", "--once")
    assert [m.to for m in mail.outbox] == [["sam@example.com"]]
    assert Message.objects.count() == 0


def test_an_attachment_goes_through_the_outbox_with_the_mail(queued):
    invitation = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
    send_email(
        "portal/email/new_feedback",
        "sam@example.com",
        {"link": "https://tranquil.example/x/", "name": "Sam"},
        attachments=[("session.ics", invitation, "text/calendar; method=REQUEST")],
    )
    call_command("deliver_mail", "--once")
    (sent,) = mail.outbox
    ((filename, content, mimetype),) = sent.attachments
    assert filename == "session.ics"
    assert "METHOD:REQUEST" in (content.decode() if isinstance(content, bytes) else content)
    assert mimetype.startswith("text/calendar")


def test_the_most_urgent_goes_first(queued):
    notice("low@example.com", priority="low")
    notice("medium@example.com")
    notice("coach@example.com", priority="high")
    call_command("deliver_mail", "--once")
    assert [m.to[0] for m in mail.outbox] == [
        "coach@example.com",
        "medium@example.com",
        "low@example.com",
    ]


def test_a_failed_send_waits_and_keeps_its_priority_for_the_next_try(queued, settings):
    settings.MAILER_EMAIL_BACKEND = "tests.core.test_outbox.RefusingBackend"
    notice("coach@example.com", priority="high")
    notice("sam@example.com")
    call_command("deliver_mail", "--once")
    assert mail.outbox == [] and outbox.failed_count() == 2
    (log,) = MessageLog.objects.filter(message_id__isnull=False, result="3")[:1]
    assert "Connection refused" in log.log_message and log.message_data is None
    settings.MAILER_EMAIL_BACKEND = "core.outbox.LocmemBackend"
    call_command("deliver_mail", "--once")
    assert [m.to[0] for m in mail.outbox] == ["coach@example.com", "sam@example.com"]
    assert not Message.objects.exists()


def test_the_server_says_which_messages_it_accepted(queued):
    heard = []

    def listen(sender, message, **kwargs):
        heard.append(message.tag)

    outbox.email_accepted.connect(listen)
    try:
        notice("sam@example.com", tag="example:1")
        assert heard == []  # queued is not accepted
        call_command("deliver_mail", "--once")
    finally:
        outbox.email_accepted.disconnect(listen)
    assert heard == ["example:1"]


def test_the_owner_sees_what_waits_and_why_but_not_what_it_says(client, owner, queued, settings):
    settings.MAILER_EMAIL_BACKEND = "tests.core.test_outbox.RefusingBackend"
    notice("coach@example.com", priority="high")
    call_command("deliver_mail", "--once")
    notice("sam@example.com")
    client.force_login(owner)
    html = client.get("/admin/outbox/").content.decode()
    assert "coach@example.com" in html and "sam@example.com" in html
    assert "Failed, will be tried again" in html and "Connection refused" in html
    assert "Urgent:" in html and "tranquil.example/x/" not in html
    settings.MAILER_EMAIL_BACKEND = "core.outbox.LocmemBackend"
    response = client.post("/admin/outbox/retry/")
    assert response.status_code == 302 and outbox.failed_count() == 0
    call_command("deliver_mail", "--once")
    assert len(mail.outbox) == 2


def test_editors_and_visitors_cannot_open_the_outbox(client, editor, queued):
    notice("sam@example.com")
    assert client.get("/admin/outbox/").status_code == 302
    client.force_login(editor)
    for response in (client.get("/admin/outbox/"), client.post("/admin/outbox/retry/")):
        assert response.status_code == 302 and response["Location"] == "/admin/"
    html = client.get("/admin/").content.decode()
    assert "Email outbox" not in html and "sam@example.com" not in html

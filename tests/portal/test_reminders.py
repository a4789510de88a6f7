"""Reminder emails (for cron): a quiet week's check-in nudge, homework due tomorrow, and the
coaches' weekly digest. Each says what to do, never what anyone wrote."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from portal.factories import CheckInFactory, ClientFactory, HomeworkFactory, JournalEntryFactory
from portal.models import CheckIn

from ..second_factor import authenticator_app

pytestmark = pytest.mark.django_db


def checked_in(client_profile, days_ago):
    checkin = CheckInFactory(client=client_profile, note="Private words")
    CheckIn.objects.filter(pk=checkin.pk).update(created=timezone.now() - timedelta(days=days_ago))


def test_a_quiet_week_brings_one_gentle_reminder(client_profile, coach):
    checked_in(client_profile, 8)
    busy = ClientFactory(coach=coach)
    checked_in(busy, 2)
    call_command("send_reminders", stdout=None)
    call_command("send_reminders", stdout=None)
    (message,) = mail.outbox
    assert message.to == [client_profile.user.email]
    assert message.subject == "A moment to check in?"
    assert "/portal/check-ins/new/" in message.body and "Private words" not in message.body


def test_homework_due_tomorrow_is_reminded_once(client_profile):
    checked_in(client_profile, 1)
    tomorrow = timezone.localdate() + timedelta(days=1)
    due = HomeworkFactory(client=client_profile, due_date=tomorrow, title="Secret task")
    HomeworkFactory(client=client_profile, due_date=tomorrow, done_at=timezone.now())
    HomeworkFactory(client=client_profile, due_date=tomorrow + timedelta(days=3))
    call_command("send_reminders", stdout=None)
    call_command("send_reminders", stdout=None)
    (message,) = mail.outbox
    assert message.subject == "Homework due tomorrow"
    assert f"/portal/homework/{due.pk}/" in message.body and "Secret task" not in message.body


def test_the_weekly_digest_names_who_needs_attention_and_nothing_more(client_profile, coach):
    authenticator_app(coach.user)
    JournalEntryFactory(client=client_profile, title="Secret entry")  # unread and shared
    calm = ClientFactory(coach=coach, user__first_name="Ada")
    calm.sessions.create(date=timezone.localdate())
    call_command("send_reminders", "--digest", stdout=None)
    (message,) = mail.outbox
    assert message.to == [coach.user.email]
    assert "these would welcome your attention this week: Sam." in message.body
    assert (
        "Ada" not in message.body and "Secret" not in message.body and "unread" not in message.body
    )


def test_one_reminder_per_quiet_spell_and_none_for_newcomers(client_profile, coach):
    from portal.models import ClientProfile

    checked_in(client_profile, 8)
    ClientFactory(coach=coach)  # joined today, no check-in yet: too soon to nudge
    call_command("send_reminders", stdout=None)
    assert len(mail.outbox) == 1
    # A week later, still quiet: no second reminder until they check in again.
    ClientProfile.objects.filter(pk=client_profile.pk).update(
        checkin_reminded_at=timezone.now() - timedelta(days=8)
    )
    call_command("send_reminders", stdout=None)
    assert len(mail.outbox) == 1
    checked_in(client_profile, 7.5)
    call_command("send_reminders", stdout=None)
    assert len(mail.outbox) == 2


def test_inactive_people_get_no_reminders_or_digests(client_profile, coach):
    client_profile.user.is_active = False
    client_profile.user.save()
    tomorrow = timezone.localdate() + timedelta(days=1)
    HomeworkFactory(client=client_profile, due_date=tomorrow)
    checked_in(client_profile, 10)
    call_command("send_reminders", stdout=None)
    assert mail.outbox == []
    authenticator_app(coach.user)
    coach.user.is_active = False
    coach.user.save()
    call_command("send_reminders", "--digest", stdout=None)
    assert mail.outbox == []


def test_a_coach_without_an_authenticator_app_gets_no_digest(client_profile, coach):
    """The digest names clients, which a coach sees only with a second factor (rule 8)."""
    JournalEntryFactory(client=client_profile)
    call_command("send_reminders", "--digest", stdout=None)
    assert mail.outbox == []
    authenticator_app(coach.user)
    call_command("send_reminders", "--digest", stdout=None)
    assert [message.to for message in mail.outbox] == [[coach.user.email]]

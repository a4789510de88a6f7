"""Emails sent in the background: invitations, feedback, message notices, bookings,
reminders, digests, risk alerts."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from core.emails import absolute_url, send_email
from home.models import SiteSettings

from . import access, attention, calendar, mfa, unscoped


@task()
def send_invitation(invitation_id):
    """Email a fresh invitation link; its fourteen days (by default) start now."""
    invitation = unscoped.invitation_by_pk(invitation_id)
    if invitation is None or invitation.accepted_at:
        return
    invitation.sent_at = timezone.now()
    invitation.save(update_fields=["sent_at"])
    link = absolute_url(reverse("portal:invitation", args=[invitation.make_token()]))
    send_email(
        "portal/email/invitation",
        invitation.email,
        {"invitation": invitation, "link": link, "expires_at": invitation.expires_at},
    )


@task()
def notify_feedback(feedback_id):
    """Tell a client there is feedback waiting: never what it says (rule 9)."""
    feedback = unscoped.feedback_by_pk(feedback_id)
    if feedback is None or not feedback.client.user.is_active:
        return
    target = (
        reverse("portal:goal-detail", args=[feedback.goal_id])
        if feedback.goal_id
        else reverse("portal:entry-detail", args=[feedback.entry_id])
    )
    send_email(
        "portal/email/new_feedback",
        feedback.client.user.email,
        {"link": absolute_url(target), "name": feedback.client.user.first_name},
    )


# Messages arriving within this time of a notice share it: one email, not one per message.
NOTICE_WINDOW = timedelta(minutes=15)


@task()
def notify_message(message_id):
    """Tell the recipient that a message is waiting: a link, never the text or who wrote it.

    While an earlier notice is under NOTICE_WINDOW old and its messages are still unread,
    new messages join it; otherwise one email says how many are waiting. A message that
    mentions a care keyword never waits: its coach hears at once, before other mail.
    """
    message = unscoped.message_by_pk(message_id)
    if message is None or message.read_at or message.noticed_at or message.coach is None:
        return
    unread = unscoped.unread_messages_for_recipient(message)
    now = timezone.now()
    if not message.needs_care and unread.filter(noticed_at__gt=now - NOTICE_WINDOW).exists():
        return
    recipient = message.coach.user if message.from_client else message.client.user
    if not recipient.is_active:
        return
    waiting = unread.count()
    link = (
        reverse("portal:coach-messages", args=[message.client_id])
        if message.from_client
        else reverse("portal:messages")
    )
    send_email(
        "portal/email/new_message",
        recipient.email,
        {
            "user": recipient,
            "waiting": waiting,
            "link": absolute_url(link),
            "soon": message.needs_care,
        },
        priority="high" if message.needs_care else "medium",
    )
    unread.filter(noticed_at__isnull=True).update(noticed_at=now)


# What each change to a booking is called in its emails' templates.
APPOINTMENT_EMAILS = {
    "booked": "portal/email/appointment_booked",
    "moved": "portal/email/appointment_moved",
    "cancelled": "portal/email/appointment_cancelled",
    "reminder": "portal/email/appointment_reminder",
}


@task()
def notify_appointment(appointment_id, change):
    """Email the client and the coach that a session is booked, moved or cancelled, each
    with a calendar invitation (CANCEL for a cancellation) that updates the event they
    already have. The subject says only that: nothing about why they meet."""
    appointment = unscoped.appointment_by_pk(appointment_id)
    if appointment is None or appointment.coach is None:
        return
    send_appointment_emails(appointment, change)


def send_appointment_emails(appointment, change):
    cancelled = change == "cancelled"
    people = [
        (appointment.client.user, False, appointment.client.time_zone, "portal:appointments"),
        (appointment.coach.user, True, "", "portal:coach-appointments"),
    ]
    for user, for_coach, zone, page in people:
        if not user.is_active:
            continue
        other = appointment.client.user if for_coach else appointment.coach.user
        invitation = calendar.invitation(appointment, user, for_coach, cancelled=cancelled)
        method = "CANCEL" if cancelled else "REQUEST"
        send_email(
            APPOINTMENT_EMAILS[change],
            user.email,
            {
                "user": user,
                "other_name": other.first_name or ("your client" if for_coach else "your coach"),
                "appointment": appointment,
                "zone": zone if zone and zone != settings.TIME_ZONE else "",
                "late": appointment.status == appointment.Status.LATE,
                "link": absolute_url(reverse(page)),
            },
            attachments=[("session.ics", invitation, f"text/calendar; method={method}")],
        )


# Sessions starting within this time are reminded of by the hourly run.
APPOINTMENT_REMINDER = timedelta(hours=24)


@task()
def send_reminders():
    """Hourly: each booked session a day ahead, a gentle check-in reminder after a quiet
    week, and homework due tomorrow.

    A session, a client's quiet spell and each homework are reminded of once (the rows
    record when). The emails say what to do, never anything the client wrote.
    """
    now = timezone.now()
    for appointment in unscoped.appointments_to_remind(now, APPOINTMENT_REMINDER):
        if appointment.coach is not None:
            send_appointment_emails(appointment, "reminder")
        appointment.reminded_at = now
        appointment.save(update_fields=["reminded_at"])
    quiet_since = now - timedelta(days=settings.PORTAL_CHECKIN_REMINDER_DAYS)
    portal = absolute_url(reverse("portal:checkin-create"))
    for client in unscoped.clients_to_remind_about_checkins(quiet_since):
        send_email(
            "portal/email/checkin_reminder",
            client.user.email,
            {"user": client.user, "link": portal},
        )
        client.checkin_reminded_at = now
        client.save(update_fields=["checkin_reminded_at"])
    tomorrow = timezone.localdate() + timedelta(days=1)
    for item in unscoped.homework_to_remind(tomorrow):
        link = absolute_url(reverse("portal:homework-done", args=[item.pk]))
        send_email(
            "portal/email/homework_reminder",
            item.client.user.email,
            {"user": item.client.user, "link": link},
        )
        item.reminded_at = now
        item.save(update_fields=["reminded_at"])


@task()
def send_coach_digests():
    """Weekly: each coach hears which clients need attention, by first name, and no more."""
    today = timezone.localdate()
    for coach in unscoped.coaches_with_clients():
        if mfa.lacks_authenticator_app(coach.user):
            continue
        clients = list(access.clients_with_attention(coach, today))
        recent = access.recent_shared_checkins([client.pk for client in clients])
        needing = [status for status in attention.rank(clients, recent, today) if status.score]
        send_email(
            "portal/email/coach_digest",
            coach.user.email,
            {
                "coach": coach,
                "names": [s.client.user.first_name or "a client" for s in needing],
                "total": len(clients),
                "link": absolute_url(reverse("portal:coach-dashboard")),
            },
        )


@task()
def notify_risk(alert_id):
    """Tell the coach that a client needs contact, with a link: not who, nor the answers."""
    alert = unscoped.risk_alert_by_pk(alert_id)
    if alert is None:
        return
    coach = alert.client.coach
    if coach and coach.user.is_active:
        recipient, link = coach.user.email, reverse("portal:coach-dashboard")
    else:
        # Nobody is coaching this client: the practice assigns someone, whose dashboard
        # then shows the alert until they acknowledge it.
        recipient = SiteSettings.load().contact_email
        link = reverse("portal_clientprofile_modeladmin_edit", args=[alert.client.pk])
    send_email(
        "portal/email/risk_alert",
        recipient,
        {"link": absolute_url(link), "coach": coach},
        priority="high",  # before anything else in the outbox
    )

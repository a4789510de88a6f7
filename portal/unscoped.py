"""Look-ups that deliberately check no user: background tasks and the owner's admin.

Nothing here may feed a page a client or coach sees. Portal pages ask portal/access.py,
whose every function is scoped to the person asking.
"""

from django.db.models import F, OuterRef, Q, Subquery

from .models import (
    Appointment,
    CheckIn,
    ClientProfile,
    CoachProfile,
    Feedback,
    Homework,
    Invitation,
    MeasureAssignment,
    Message,
    RiskAlert,
)


def every_coach():
    """Every coach, for the owner choosing one in the admin."""
    return CoachProfile.objects.select_related("user").order_by(
        "user__first_name", "user__last_name", "user__email"
    )


def feedback_by_pk(pk):
    """One piece of feedback, for the task that tells its client there is some."""
    return Feedback.objects.select_related("client__user").filter(pk=pk).first()


def invitation_by_pk(pk):
    """One invitation, for the task that sends it and the owner's resend step."""
    return Invitation.objects.select_related("coach__user").filter(pk=pk).first()


def risk_alert_by_pk(pk):
    """One risk alert, for the task that tells the coach."""
    return (
        RiskAlert.objects.select_related("client__user", "client__coach__user")
        .filter(pk=pk)
        .first()
    )


def message_by_pk(pk):
    """One message, for the task that tells its recipient one is waiting."""
    return Message.objects.select_related("client__user", "coach__user").filter(pk=pk).first()


def unread_messages_for_recipient(message):
    """What the recipient of `message` has not read yet in its conversation, it included."""
    conversation = Message.objects.between(message.client_id, message.coach_id)
    if message.from_client:
        return conversation.unread_by_coach()
    return conversation.unread_by_client()


def client_locked(pk):
    """A client profile, locked until the transaction ends: one booking at a time, so the
    sessions left are counted once. The client was checked by access.py first."""
    return ClientProfile.objects.select_for_update().get(pk=pk)


def appointment_by_pk(pk):
    """One appointment, with both people, for the task that emails them about it."""
    return Appointment.objects.select_related("client__user", "coach__user").filter(pk=pk).first()


def assignment_locked(pk):
    """A measure assignment, locked until the transaction ends: one answer at a time.
    Its client was checked by access.py before this is asked."""
    return MeasureAssignment.objects.select_for_update().get(pk=pk)


# Reminders, sent by a daily task


def clients_to_remind_about_checkins(quiet_since):
    """Clients quiet since `quiet_since` (no check-in; or none ever, and a client that long),
    who have not been reminded since their last check-in: one reminder per quiet spell."""
    last = CheckIn.objects.filter(client=OuterRef("pk")).order_by("-created").values("created")
    return (
        ClientProfile.objects.select_related("user")
        .filter(user__is_active=True)
        .annotate(last_checkin=Subquery(last[:1]))
        .filter(
            Q(last_checkin__lt=quiet_since, checkin_reminded_at__isnull=True)
            | Q(last_checkin__lt=quiet_since, checkin_reminded_at__lt=F("last_checkin"))
            | Q(
                last_checkin__isnull=True, created__lt=quiet_since, checkin_reminded_at__isnull=True
            )
        )
    )


def homework_to_remind(due_date):
    return Homework.objects.select_related("client__user").filter(
        due_date=due_date,
        done_at__isnull=True,
        reminded_at__isnull=True,
        client__user__is_active=True,
    )


def coaches_with_clients():
    return every_coach().filter(user__is_active=True, clients__isnull=False).distinct()


def appointments_to_remind(now, within):
    """Booked sessions starting within `within` from now whose people have not been
    reminded yet."""
    return (
        Appointment.objects.booked()
        .select_related("client__user", "coach__user")
        .filter(starts_at__gt=now, starts_at__lte=now + within, reminded_at__isnull=True)
    )

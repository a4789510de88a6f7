"""The one gate to portal data: every portal view asks here, and gets rows it may see.

Each function returns a queryset (or a row) already scoped to the person asking, so a
view cannot forget the check. Another person's row is simply not there: views answer
404, never 403, and never reveal that it exists. The rules themselves are QuerySet
methods named for them (portal/models/querysets.py); writes live in small service
modules, and the look-ups that background tasks make without a user in portal/unscoped.py.
"""

from datetime import UTC, datetime

from django.db.models import Count, F, Min, OuterRef, Subquery, Value, Window
from django.db.models.functions import Coalesce, RowNumber

from enrolment.models import Enrolment, Invoice

from . import mfa
from .models import (
    AccessEvent,
    Appointment,
    Availability,
    CalendarFeed,
    CheckIn,
    ClientProfile,
    CoachingSession,
    CoachProfile,
    CopingStrategy,
    Feedback,
    Goal,
    Homework,
    JournalEntry,
    MeasureAssignment,
    MeasureResponse,
    Message,
    Prompt,
    Questionnaire,
    RiskAlert,
    TimeOff,
)

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

# Who someone is in the portal


def client_profile_for(user):
    """The user's client profile, with their coach, or None."""
    if not user.is_authenticated:
        return None
    return ClientProfile.objects.select_related("coach__user").filter(user=user).first()


def coach_profile_for(user):
    if not user.is_authenticated:
        return None
    return CoachProfile.objects.filter(user=user).first()


def clients_of(coach):
    """The clients a coach works with: never anyone else's, and nobody's without a second
    factor on the account (the coach's pages also ask it of the sign-in)."""
    if mfa.lacks_authenticator_app(coach.user):
        return ClientProfile.objects.none()
    return ClientProfile.objects.coached_by(coach).select_related("user")


# A client's own work: every queryset is already limited to the signed-in client


def goals_for(user):
    return Goal.objects.owned_by(user)


def entries_for(user):
    """The client's own journal entries, private and shared alike."""
    return JournalEntry.objects.owned_by(user)


def checkins_for(user):
    return CheckIn.objects.owned_by(user)


def coping_for(user):
    return CopingStrategy.objects.owned_by(user)


def homework_for(user):
    return Homework.objects.owned_by(user)


def feedback_for(user):
    """Feedback threads on the client's own goals and entries."""
    return Feedback.objects.owned_by(user)


def sessions_for(user):
    return CoachingSession.objects.owned_by(user)


def access_events_for(user):
    """Who opened the client's data, newest first (rule 5)."""
    return AccessEvent.objects.owned_by(user).select_related("viewer")


def prompts():
    """The owner's library of journal prompts, as clients choose from it."""
    return Prompt.objects.active()


# A coach's view of their clients: only their own, only what each client shared


def coach_client(user, pk):
    """One of the coach's own clients, or None: for anyone else's client, for a coach who
    still needs a second factor, and for anyone who is not a coach."""
    coach = coach_profile_for(user)
    if coach is None or mfa.lacks_authenticator_app(user):
        return None
    return ClientProfile.objects.select_related("user").filter(coach=coach, pk=pk).first()


def shared_entries_of(client):
    """Journal entries the client shared: private ones never leave this function (rule 2)."""
    return JournalEntry.objects.of_client(client).shared()


def shared_checkins_of(client):
    return CheckIn.objects.of_client(client).shared()


def goals_of(client):
    return Goal.objects.of_client(client)


def homework_of(client):
    return Homework.objects.of_client(client)


def sessions_of(client):
    return CoachingSession.objects.of_client(client)


def clients_with_attention(coach, today):
    """The coach's clients, each annotated with what needs attention: one query."""

    def latest(model, field, **filters):
        rows = model.objects.filter(client=OuterRef("pk"), **filters).order_by(f"-{field}")
        return Subquery(rows.values(field)[:1])

    def count(model, **filters):
        rows = model.objects.filter(client=OuterRef("pk"), **filters).order_by()
        return Coalesce(Subquery(rows.values("client").annotate(n=Count("pk")).values("n")), 0)

    # Client messages after the coach's last one are waiting for an answer.
    last_answer = Coalesce(
        Subquery(
            Message.objects.filter(client=OuterRef(OuterRef("pk")), coach=coach, from_client=False)
            .order_by("-created")
            .values("created")[:1]
        ),
        Value(EPOCH),
    )
    return clients_of(coach).annotate(
        unread_messages=count(Message, coach=coach, from_client=True, read_at__isnull=True),
        unanswered=count(Message, coach=coach, from_client=True, created__gt=last_answer),
        care_waiting=count(
            Message, coach=coach, from_client=True, needs_care=True, created__gt=last_answer
        ),
        last_entry=latest(JournalEntry, "created", shared=True),
        last_checkin=latest(CheckIn, "created", shared=True),
        last_goal_change=latest(Goal, "updated"),
        last_session=latest(CoachingSession, "date", date__lte=today),
        unreviewed=count(JournalEntry, shared=True, reviewed_at__isnull=True),
        overdue=count(Homework, done_at__isnull=True, due_date__lt=today),
        sessions_held=count(CoachingSession),
    )


def recent_shared_checkins(clients, per_client=3):
    """The last few shared check-ins of each client, newest first, in one query."""
    ranked = (
        CheckIn.objects.filter(client__in=clients)
        .shared()
        .annotate(
            rank=Window(RowNumber(), partition_by=F("client_id"), order_by=F("created").desc())
        )
    )
    return ranked.filter(rank__lte=per_client).order_by("client_id", "-created")


# Outcome measures


def questionnaires():
    return Questionnaire.objects.active()


def assignments_for(user):
    """The client's own active measure assignments."""
    return MeasureAssignment.objects.owned_by(user).active().select_related("questionnaire")


def responses_for(user):
    return MeasureResponse.objects.owned_by(user).select_related("questionnaire")


def response_for(user, pk):
    """One of the client's own questionnaire responses, or None."""
    return responses_for(user).filter(pk=pk).first()


def assignments_of(client):
    return MeasureAssignment.objects.of_client(client).active().select_related("questionnaire")


def responses_of(client):
    return MeasureResponse.objects.of_client(client).select_related("questionnaire")


def responses_of_clients(clients):
    """Scores only (never the answers), oldest first, for the attention sort: one query."""
    return (
        MeasureResponse.objects.filter(client__in=clients)
        .select_related("questionnaire")
        .defer("answers")
        .order_by("created")
    )


def open_risk_alerts(coach):
    """Unacknowledged risk alerts of the coach's own clients, newest first."""
    return RiskAlert.objects.open_for(coach).select_related("client__user")


def risk_alert_for_coach(coach, pk):
    return open_risk_alerts(coach).filter(pk=pk).first()


# Messages: a conversation is one client's with their coach, seen by those two alone


def messages_for(user):
    """Every message of the signed-in client, with any coach (their export and erasure)."""
    return Message.objects.owned_by(user)


def conversation_for(client):
    """The client's conversation with their present coach (none without a coach)."""
    if client.coach_id is None:
        return Message.objects.none()
    return Message.objects.between(client, client.coach)


def conversation_with(coach, client):
    """A coach's conversation with one of their clients (from coach_client, so checked)."""
    return Message.objects.between(client, coach)


def unread_messages_of_coach(coach):
    """Messages from the coach's present clients that the coach has not opened yet."""
    return Message.objects.unread_by_coach().filter(coach=coach, client__in=clients_of(coach))


# Appointments


def appointments_for(user):
    """The signed-in client's own appointments, with any coach."""
    return Appointment.objects.owned_by(user).select_related("coach__user")


def appointments_of(client):
    return Appointment.objects.of_client(client).select_related("coach__user")


def coach_appointments(coach):
    """The coach's own bookings with their present clients."""
    return Appointment.objects.filter(coach=coach, client__in=clients_of(coach)).select_related(
        "client__user"
    )


def availability_of(coach):
    return Availability.objects.filter(coach=coach)


def time_off_of(coach):
    return TimeOff.objects.filter(coach=coach)


def calendar_feed_by_token(token):
    """The feed a private calendar address names, with its person, or None: the token is
    the only credential, so a revoked one finds nothing."""
    return CalendarFeed.objects.select_related("user").filter(token=token).first()


def booked_times_of_coach(coach, since, until):
    """When the coach is booked between two moments, with anyone: (start, end) pairs and
    nothing about who, so the slots offered to one client reveal no other."""
    return (
        Appointment.objects.booked()
        .filter(coach=coach, ends_at__gt=since, starts_at__lt=until)
        .values_list("starts_at", "ends_at")
    )


def booked_times_of_client(client, since, until):
    return (
        Appointment.objects.of_client(client)
        .booked()
        .filter(ends_at__gt=since, starts_at__lt=until)
        .values_list("starts_at", "ends_at")
    )


def next_sessions_of(coach, client_ids, now):
    """The next session booked with the coach of each of `client_ids` (the coach's own, from
    clients_of): {client pk: start}, one query for the whole dashboard."""
    rows = (
        Appointment.objects.upcoming(now)
        .filter(coach=coach, client__in=client_ids)
        .order_by()
        .values("client_id")
        .annotate(next_at=Min("starts_at"))
    )
    return {row["client_id"]: row["next_at"] for row in rows}


def calendar_feed_for(user):
    """The person's own calendar address, or None until they ask for one."""
    return CalendarFeed.objects.filter(user=user).first()


# Invoices: money is between the client and the practice, so no coach sees them


def invoices_for(user):
    """Invoices for what the client paid at enrolment, newest first: found through the
    invitation they accepted, since that is what ties an enrolment to an account. A
    subquery, so an enrolment invited twice still lists each invoice once."""
    enrolments = Enrolment.objects.filter(invitations__accepted_by=user)
    return Invoice.objects.filter(payment__enrolment__in=enrolments).select_related("payment")

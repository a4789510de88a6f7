"""The one gate to portal data: every portal view asks here, and gets rows it may see.

Each function returns a queryset (or a row) already scoped to the person asking, so a
view cannot forget the check. Another person's row is simply not there: views answer
404, never 403, and never reveal that it exists.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.db.models import Count, F, OuterRef, Q, Subquery, Window
from django.db.models.functions import Coalesce, RowNumber

from .models import (
    AccessEvent,
    CheckIn,
    ClientProfile,
    CoachingSession,
    CoachProfile,
    CopingStrategy,
    Enrolment,
    EnrolPage,
    Feedback,
    Goal,
    Homework,
    Invitation,
    JournalEntry,
    MeasureAssignment,
    MeasureResponse,
    Offer,
    Prompt,
    Questionnaire,
    RiskAlert,
)

INVITATION_SESSION_KEY = "portal_invitation"


def is_id(value):
    """Whether a value from a URL can be a row id: digits only, short enough for the database."""
    return bool(value) and value.isascii() and value.isdecimal() and len(value) < 16


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


def coach_needs_mfa(user):
    """Whether a coach must set up an authenticator before seeing any client (rule 8)."""
    return settings.PORTAL_COACH_MFA_REQUIRED and not is_mfa_enabled(
        user, [Authenticator.Type.TOTP]
    )


def clients_of(coach):
    """The clients a coach works with: never anyone else's, and nobody's without MFA."""
    if coach_needs_mfa(coach.user):
        return ClientProfile.objects.none()
    return ClientProfile.objects.filter(coach=coach, user__is_active=True).select_related("user")


def coaches():
    """Every coach, for the owner choosing one in the admin."""
    return CoachProfile.objects.select_related("user").order_by(
        "user__first_name", "user__last_name", "user__email"
    )


# A client's own work: every queryset is already limited to the signed-in client


def goals_for(user):
    return Goal.objects.filter(client__user=user)


def entries_for(user):
    """The client's own journal entries, private and shared alike."""
    return JournalEntry.objects.filter(client__user=user)


def checkins_for(user):
    return CheckIn.objects.filter(client__user=user)


def coping_for(user):
    return CopingStrategy.objects.filter(client__user=user)


def homework_for(user):
    return Homework.objects.filter(client__user=user)


def feedback_for(user):
    """Feedback threads on the client's own goals and entries."""
    return Feedback.objects.filter(client__user=user)


def sessions_for(user):
    return CoachingSession.objects.filter(client__user=user)


def access_events_for(user):
    """Who opened the client's data, newest first (rule 5)."""
    return AccessEvent.objects.filter(client__user=user).select_related("viewer")


def prompts():
    """The owner's library of journal prompts, as clients choose from it."""
    return Prompt.objects.filter(active=True)


def erase_client(user):
    """Delete a client's account and everything they wrote, enrolments included (rule 6).

    Deleting the user cascades to the profile and every goal, entry, check-in, homework,
    feedback thread, session and access event hanging off it.
    """
    addresses = {user.email.lower(), *(a.email.lower() for a in user.emailaddress_set.all())}
    Enrolment.objects.filter(email__in=addresses).delete()
    Invitation.objects.filter(email__in=addresses).delete()
    user.delete()


# A coach's view of their clients: only their own, only what each client shared


def coach_client(user, pk):
    """One of the coach's own clients, or None: for anyone else's client, for a coach who
    still needs MFA, and for anyone who is not a coach."""
    coach = coach_profile_for(user)
    if coach is None or coach_needs_mfa(user):
        return None
    return ClientProfile.objects.select_related("user").filter(coach=coach, pk=pk).first()


def shared_entries_of(client):
    """Journal entries the client shared: private ones never leave this function (rule 2)."""
    return JournalEntry.objects.filter(client=client, shared=True)


def shared_checkins_of(client):
    return CheckIn.objects.filter(client=client, shared=True)


def goals_of(client):
    return Goal.objects.filter(client=client)


def homework_of(client):
    return Homework.objects.filter(client=client)


def sessions_of(client):
    return CoachingSession.objects.filter(client=client)


def feedback_by_pk(pk):
    """One piece of feedback, for the background task that tells its client."""
    return Feedback.objects.select_related("client__user").filter(pk=pk).first()


def record_access(viewer, client, what):
    """Note that someone opened a client's data; the client sees the list (rule 5)."""
    AccessEvent.objects.create(client=client, viewer=viewer, what=what)


def clients_with_attention(coach, today):
    """The coach's clients, each annotated with what needs attention: one query."""

    def latest(model, field, **filters):
        rows = model.objects.filter(client=OuterRef("pk"), **filters).order_by(f"-{field}")
        return Subquery(rows.values(field)[:1])

    def count(model, **filters):
        rows = model.objects.filter(client=OuterRef("pk"), **filters).order_by()
        return Coalesce(Subquery(rows.values("client").annotate(n=Count("pk")).values("n")), 0)

    return clients_of(coach).annotate(
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
    ranked = CheckIn.objects.filter(client__in=clients, shared=True).annotate(
        rank=Window(RowNumber(), partition_by=F("client_id"), order_by=F("created").desc())
    )
    return ranked.filter(rank__lte=per_client).order_by("client_id", "-created")


# Outcome measures


def questionnaires():
    return Questionnaire.objects.filter(active=True)


def assignments_for(user):
    """The client's own active measure assignments."""
    return MeasureAssignment.objects.filter(
        client__user=user, active=True, questionnaire__active=True
    ).select_related("questionnaire")


def responses_for(user):
    return MeasureResponse.objects.filter(client__user=user).select_related("questionnaire")


def assignments_of(client):
    return MeasureAssignment.objects.filter(
        client=client, active=True, questionnaire__active=True
    ).select_related("questionnaire")


def responses_of(client):
    return MeasureResponse.objects.filter(client=client).select_related("questionnaire")


def open_risk_alerts(coach):
    """Unacknowledged risk alerts of the coach's own clients, newest first."""
    return RiskAlert.objects.filter(
        client__coach=coach, acknowledged_at__isnull=True
    ).select_related("client__user")


def responses_of_clients(clients):
    """Scores only (never the answers), oldest first, for the attention sort: one query."""
    return (
        MeasureResponse.objects.filter(client__in=clients)
        .select_related("questionnaire")
        .defer("answers")
        .order_by("created")
    )


def risk_alert_for_coach(coach, pk):
    return open_risk_alerts(coach).filter(pk=pk).first()


def response_for(user, pk):
    """One of the client's own questionnaire responses, or None."""
    return responses_for(user).filter(pk=pk).first()


def lock_assignment(pk):
    """The assignment, locked until the transaction ends: one answer at a time."""
    return MeasureAssignment.objects.select_for_update().get(pk=pk)


def risk_alert_by_pk(pk):
    """For the background task that tells the coach."""
    return (
        RiskAlert.objects.select_related("client__user", "client__coach__user")
        .filter(pk=pk)
        .first()
    )


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
    return coaches().filter(user__is_active=True, clients__isnull=False).distinct()


# The public way in: offers and enrolment


def current_offer():
    """The offer people can take up now, or None; the newest wins if several are open."""
    return Offer.objects.open_now().first()


def offers():
    """Every offer, newest first, for the owner's filters."""
    return Offer.objects.order_by("-opens_at")


def enrolment_by_pk(pk):
    """One enrolment, for the practice's own work on it (emails, the admin's invite step)."""
    return Enrolment.objects.select_related("offer").filter(pk=pk).first()


def invitation_by_pk(pk):
    return Invitation.objects.select_related("coach__user").filter(pk=pk).first()


def offer_for_banner():
    """The open offer with the enrol page's `url_path` as `enrol_url_path`, in one query:
    the banner is on every public page."""
    enrol_path = EnrolPage.objects.live().order_by("path").values("url_path")[:1]
    return Offer.objects.open_now().annotate(enrol_url_path=Subquery(enrol_path)).first()


def enrol_page():
    return EnrolPage.objects.live().first()


# Invitations


def invitation_in_session(request):
    """The invitation this browser is signing up through, if it is still usable."""
    token = request.session.get(INVITATION_SESSION_KEY) if request else None
    if not token:
        return None
    invitation, problem = Invitation.from_token(token)
    return None if problem else invitation

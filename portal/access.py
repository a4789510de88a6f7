"""The one gate to portal data: every portal view asks here, and gets rows it may see.

Each function returns a queryset (or a row) already scoped to the person asking, so a
view cannot forget the check. Another person's row is simply not there: views answer
404, never 403, and never reveal that it exists.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.db.models import Subquery

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
    Offer,
    Prompt,
)

INVITATION_SESSION_KEY = "portal_invitation"


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
    return ClientProfile.objects.filter(coach=coach).select_related("user")


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

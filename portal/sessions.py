"""Portal sessions end after 30 minutes idle and 12 hours in all (DESIGN.md rule 9).

Applies to people with a portal role; editors in the admin keep Django's usual session.
"""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from accounts.sessions import end_session, past_limits

from . import access

MEMBER = "portal_member"
SIGNED_IN_AT = "portal_signed_in_at"
LAST_SEEN = "portal_last_seen"
EXPIRED_USER = "portal_expired_user"


@receiver(user_logged_in)
def mark_portal_sessions(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    request.session.pop(EXPIRED_USER, None)
    if access.client_profile_for(user) or access.coach_profile_for(user):
        start_portal_session(request)


def start_portal_session(request):
    """Put this session under the portal's limits, from now (at sign-in, or when someone
    already signed in accepts an invitation)."""
    now = time.time()
    request.session[MEMBER] = True
    request.session.setdefault(SIGNED_IN_AT, now)
    request.session[LAST_SEEN] = now


class PortalSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if (
            request.user.is_authenticated
            and session.get(MEMBER)
            and past_limits(
                session,
                SIGNED_IN_AT,
                LAST_SEEN,
                settings.PORTAL_SESSION_IDLE_SECONDS,
                settings.PORTAL_SESSION_MAX_SECONDS,
            )
        ):
            user_pk = request.user.pk
            end_session(
                request, "You were signed out to keep your portal private. Please sign in again."
            )
            # Lets a form sent next be kept as a draft for this person, and only them.
            session[EXPIRED_USER] = user_pk
        return self.get_response(request)

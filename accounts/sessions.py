"""Sessions that end by themselves: after a time idle, and after a time in all.

The owner's and editors' sessions (anyone who may open the admin) end after
STAFF_SESSION_IDLE_SECONDS idle and STAFF_SESSION_MAX_SECONDS in all; the portal puts its
own, shorter limits on clients and coaches (portal/sessions.py) with the same helper.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

STAFF = "staff_session"
SIGNED_IN_AT = "staff_signed_in_at"
LAST_SEEN = "staff_last_seen"


# "Last seen" is noted at most this often: writing it on every request would rewrite the
# session row on every request, for an idle limit that is counted in minutes anyway.
SEEN_EVERY_SECONDS = 60


def past_limits(session, signed_in_key, last_seen_key, idle, most):
    """Whether the session has been idle longer than `idle` seconds or open longer than
    `most`; when not, note (once a minute at most) that it was seen now."""
    now = time.time()
    last_seen = session.get(last_seen_key, now)
    if now - last_seen > idle or now - session.get(signed_in_key, now) > most:
        return True
    if now - last_seen >= SEEN_EVERY_SECONDS or last_seen_key not in session:
        session[last_seen_key] = now
    return False


def end_session(request, why):
    logout(request)
    messages.info(request, why)


@receiver(user_logged_in)
def mark_staff_sessions(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    if user.has_perm("wagtailadmin.access_admin"):
        now = time.time()
        request.session[STAFF] = True
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN] = now


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if (
            session.get(STAFF)
            and request.user.is_authenticated
            and past_limits(
                session,
                SIGNED_IN_AT,
                LAST_SEEN,
                settings.STAFF_SESSION_IDLE_SECONDS,
                settings.STAFF_SESSION_MAX_SECONDS,
            )
        ):
            end_session(request, "You were signed out after a while away. Please sign in again.")
        return self.get_response(request)

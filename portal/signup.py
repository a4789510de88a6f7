"""Sign-up through an invitation: the browser carries the invitation it came with."""

from .models import Invitation

INVITATION_SESSION_KEY = "portal_invitation"
# Set at sign-up when the person goes on to link an authenticator app.
SET_UP_MFA_SESSION_KEY = "portal_set_up_mfa"


def invitation_in_session(request):
    """The invitation this browser is signing up through, if it is still usable."""
    token = request.session.get(INVITATION_SESSION_KEY) if request else None
    if not token:
        return None
    invitation, problem = Invitation.from_token(token)
    return None if problem else invitation

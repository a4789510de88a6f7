"""allauth, taught about the portal: sign-up opens only with an invitation, and signing in
lands each person where they work."""

from allauth.account.internal.flows.reauthentication import reauthenticate_by_password
from django.contrib import messages
from django.urls import reverse

from accounts.adapter import AccountAdapter

from .signup import INVITATION_SESSION_KEY, SET_UP_MFA_SESSION_KEY, invitation_in_session
from .workspace import landing_url


class PortalAccountAdapter(AccountAdapter):
    def is_open_for_signup(self, request):
        return invitation_in_session(request) is not None

    def get_login_redirect_url(self, request):
        """The person's workspace; allauth has already honoured a safe ?next= first."""
        return landing_url(request.user)

    def get_signup_redirect_url(self, request):
        """The portal, with a welcome; or the authenticator set-up, for coaches and for
        clients who asked for it (its pages link back to the portal).

        The password was chosen in this very request, so it counts as just entered: the
        set-up does not ask for it again.
        """
        request.session.pop(INVITATION_SESSION_KEY, None)
        name = request.user.first_name
        if request.session.pop(SET_UP_MFA_SESSION_KEY, False):
            reauthenticate_by_password(request)
            messages.success(
                request,
                f"Welcome, {name}. Your account is ready. Next, link an authenticator app "
                "so that signing in takes a code from your phone as well as your password.",
            )
            return reverse("mfa_activate_totp")
        messages.success(
            request,
            f"Welcome to your portal, {name}. This is your private space: only you and "
            "your coach see what you choose to share.",
        )
        return landing_url(request.user)

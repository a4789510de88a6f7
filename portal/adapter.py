"""allauth, taught about the portal: sign-up opens only with an invitation."""

from django.urls import reverse

from accounts.adapter import AccountAdapter

from .signup import INVITATION_SESSION_KEY, invitation_in_session


class PortalAccountAdapter(AccountAdapter):
    def is_open_for_signup(self, request):
        return invitation_in_session(request) is not None

    def get_signup_redirect_url(self, request):
        """Land on the portal, or on the authenticator set-up if they asked for it (its pages
        link back to the portal)."""
        request.session.pop(INVITATION_SESSION_KEY, None)
        if request.session.pop("portal_set_up_mfa", False):
            return reverse("mfa_activate_totp")
        return reverse("portal:home")

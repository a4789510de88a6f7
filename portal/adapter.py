"""allauth, taught about the portal: sign-up opens only with an invitation, and TOTP
secrets are sealed with the portal's keyring."""

from allauth.mfa.adapter import DefaultMFAAdapter
from django.urls import reverse

from accounts.adapter import AccountAdapter

from . import access, crypto

MFA_ASSOCIATED_DATA = "allauth.mfa"


class PortalAccountAdapter(AccountAdapter):
    def is_open_for_signup(self, request):
        return access.invitation_in_session(request) is not None

    def get_signup_redirect_url(self, request):
        """Land on the portal, or on the authenticator set-up if they asked for it (its pages
        link back to the portal)."""
        request.session.pop(access.INVITATION_SESSION_KEY, None)
        if request.session.pop("portal_set_up_mfa", False):
            return reverse("mfa_activate_totp")
        return reverse("portal:home")


class MFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text):
        return crypto.encrypt(text, MFA_ASSOCIATED_DATA)

    def decrypt(self, encrypted_text):
        return crypto.decrypt(encrypted_text, MFA_ASSOCIATED_DATA)

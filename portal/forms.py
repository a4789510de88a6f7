"""Forms for accepting an invitation, and for the owner's invite step."""

from allauth.account.forms import SignupForm
from allauth.core import context
from django import forms
from django.db import IntegrityError, transaction
from django.shortcuts import redirect

from . import unscoped
from .signup import INVITATION_SESSION_KEY, SET_UP_MFA_SESSION_KEY, invitation_in_session


class InvitationSignupForm(SignupForm):
    """allauth's sign-up form, for the invited person only: their email, their name, a password.

    The email was proven by the invitation link, so it cannot be changed here.
    """

    first_name = forms.CharField(label="First name", max_length=150)
    last_name = forms.CharField(label="Last name", max_length=150, required=False)
    set_up_mfa = forms.BooleanField(
        label="Set up two-step sign-in with an authenticator app next (recommended)",
        help_text="You can also do this later, from your account page.",
        required=False,
    )

    field_order = ["email", "first_name", "last_name", "password1", "password2", "set_up_mfa"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.invitation = invitation_in_session(context.request)
        self.fields["email"].widget.attrs["readonly"] = True
        self.fields["email"].help_text = "The address your invitation was sent to."
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        if self.invitation and not self.is_bound:
            first, _, last = self.invitation.name.partition(" ")
            self.fields["first_name"].initial = first
            self.fields["last_name"].initial = last
        # Coaches see clients' data, so they set up their authenticator before anything.
        self.must_set_up_mfa = bool(self.invitation and self.invitation.role == "coach")
        if self.must_set_up_mfa:
            del self.fields["set_up_mfa"]

    def clean_email(self):
        email = super().clean_email()
        if self.invitation is None or email.lower() != self.invitation.email:
            raise forms.ValidationError("This is not the address the invitation was sent to.")
        return email

    def try_save(self, request):
        try:
            return super().try_save(request)
        except (InvitationAlreadyUsed, IntegrityError):
            # A second press of the button, or a second tab: the first one made the account.
            token = request.session.get(INVITATION_SESSION_KEY, "")
            return None, redirect("portal:invitation", token=token)

    def save(self, request):
        """Use up the invitation, create the account and give it its role: all, or none."""
        with transaction.atomic():
            if not self.invitation.claim():
                raise InvitationAlreadyUsed
            user = super().save(request)
            self.invitation.grant(user)
        request.session[SET_UP_MFA_SESSION_KEY] = self.must_set_up_mfa or self.cleaned_data.get(
            "set_up_mfa", False
        )
        return user


class InvitationAlreadyUsed(Exception):
    """Raised when two sign-ups race for one invitation; the second creates nothing."""


class CoachChoiceForm(forms.Form):
    """The owner's one question when inviting an enrolment: which coach will they see?"""

    coach = forms.ModelChoiceField(queryset=None, empty_label=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coach"].queryset = unscoped.every_coach()
        self.fields["coach"].label_from_instance = coach_name


def coach_name(coach):
    return coach.user.get_full_name() or coach.user.email

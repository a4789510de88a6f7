"""Forms for enrolling, for accepting an invitation, and for the owner's invite step."""

import re

from allauth.account.forms import SignupForm
from allauth.core import context
from django import forms
from django.db import IntegrityError, transaction
from django.shortcuts import redirect

from core.forms import DefendedForm

from . import access
from .models import Enrolment

PHONE = re.compile(r"^\+?[0-9 ()-]{7,20}$")


class EnrolForm(DefendedForm):
    what = "enrolment"
    limits = "ENROL"

    name = forms.CharField(label="Your name", max_length=100)
    email = forms.EmailField(label="Email", max_length=254)
    phone = forms.CharField(
        label="Phone (optional)",
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    help_with = forms.CharField(
        label="What would you like help with?",
        max_length=2000,
        help_text="A few words are enough. Only the practice owner and your coach read this.",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    service = forms.ChoiceField(
        label="What are you looking for?",
        choices=Enrolment.Service.choices,
        widget=forms.RadioSelect,
    )
    preferred_times = forms.MultipleChoiceField(
        label="When suits you? (optional)",
        choices=Enrolment.Times.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    consent_contact = forms.BooleanField(
        error_messages={"required": "We need your agreement to contact you about sessions."}
    )
    consent_privacy = forms.BooleanField(
        error_messages={"required": "Please confirm you have read the privacy notice."}
    )

    def __init__(self, *args, page, practice_name, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, scope=page.pk, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["consent_contact"].label = (
            f"I agree that {practice_name} may contact me by email, or by phone if I gave a "
            "number, about arranging sessions."
        )
        self.fields["consent_privacy"].label = (
            f"I have read {practice_name}'s privacy notice and agree to my answers being "
            "kept to arrange my sessions."
        )

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                "Please give a phone number of digits, such as 07700 900123."
            )
        return phone

    def consent_text(self):
        """The exact words the person agreed to, kept with their enrolment."""
        return "\n".join(
            str(self.fields[name].label) for name in ("consent_contact", "consent_privacy")
        )

    def enrolment_fields(self):
        data = self.cleaned_data
        return {
            "name": data["name"].strip(),
            "email": data["email"],
            "phone": data["phone"],
            "help_with": data["help_with"].strip(),
            "service": data["service"],
            "preferred_times": data["preferred_times"],
            "consent_text": self.consent_text(),
        }


class InvitationSignupForm(SignupForm):
    """allauth's sign-up form, for the invited person only: their email, their name, a password.

    The email was proven by the invitation link, so it cannot be changed here.
    """

    first_name = forms.CharField(label="First name", max_length=150)
    last_name = forms.CharField(label="Last name", max_length=150, required=False)
    set_up_mfa = forms.BooleanField(
        label="Set up two-step sign-in with an authenticator app next (recommended)",
        required=False,
        initial=True,
    )

    field_order = ["email", "first_name", "last_name", "password1", "password2", "set_up_mfa"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.invitation = access.invitation_in_session(context.request)
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
            token = request.session.get(access.INVITATION_SESSION_KEY, "")
            return None, redirect("portal:invitation", token=token)

    def save(self, request):
        """Use up the invitation, create the account and give it its role: all, or none."""
        with transaction.atomic():
            if not self.invitation.claim():
                raise InvitationAlreadyUsed
            user = super().save(request)
            self.invitation.grant(user)
        request.session["portal_set_up_mfa"] = self.must_set_up_mfa or self.cleaned_data.get(
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
        self.fields["coach"].queryset = access.coaches()
        self.fields["coach"].label_from_instance = coach_name


def coach_name(coach):
    return coach.user.get_full_name() or coach.user.email

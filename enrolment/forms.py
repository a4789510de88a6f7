"""The enrol form: what someone asks for, and the exact words of what they agree to."""

import re

from django import forms

from core.forms import DefendedForm

from .choices import Service, Times

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
        choices=Service.choices,
        widget=forms.RadioSelect,
    )
    preferred_times = forms.MultipleChoiceField(
        label="When suits you? (optional)",
        choices=Times.choices,
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

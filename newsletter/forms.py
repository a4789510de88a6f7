"""The sign-up form, shown in the footer, in articles and on the newsletter page."""

from django import forms

from core.forms import DefendedForm

# What each place the form appears is called in a consent record.
SOURCES = {
    "footer": "Sign-up form in the page footer",
    "article": "Sign-up form in the text of a page",
    "page": "Sign-up form on the newsletter page",
}
CONSENT_WORDING = (
    "Yes, email me when {practice} publishes a new article. "
    "I can unsubscribe at any time with one click."
)
# The spam token names the form, not a page: the form is on every page.
TOKEN_PAGE = "newsletter"  # noqa: S105 - a namespace, not a secret


class SignupForm(DefendedForm):
    what = "sign-up"
    limits = "NEWSLETTER"

    email = forms.EmailField(
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter a valid email address, like name@example.com.",
        },
    )
    first_name = forms.CharField(
        label="First name (optional)",
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    consent = forms.BooleanField(
        error_messages={"required": "Tick the box to say you would like our emails."}
    )
    source = forms.ChoiceField(choices=list(SOURCES.items()), widget=forms.HiddenInput)
    # The page the form was sent from, for the consent record (a site path, checked).
    origin = forms.CharField(max_length=300, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, practice_name, source="page", origin="", **kwargs):
        kwargs.setdefault("auto_id", f"newsletter-{source}-%s")
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", {"source": source, "origin": origin})
        super().__init__(*args, scope=TOKEN_PAGE, **kwargs)
        self.wording = CONSENT_WORDING.format(practice=practice_name)
        self.fields["consent"].label = self.wording

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_first_name(self):
        return " ".join(self.cleaned_data["first_name"].split())

    def clean_origin(self):
        origin = self.cleaned_data["origin"]
        return origin if origin.startswith("/") and not origin.startswith("//") else ""

    def method(self):
        """How the consent was given, for its record: which form, on which page."""
        where = self.cleaned_data.get("origin")
        text = SOURCES[self.cleaned_data["source"]]
        return f"{text}, on {where}" if where else text

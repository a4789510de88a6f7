"""The comment form: what a reader may submit, and the messages when they may not."""

from django import forms
from django.conf import settings

from core.forms import DefendedForm

from .models import Comment


class CommentForm(DefendedForm, forms.ModelForm):
    what = "comment"
    limits = "COMMENTS"
    link_limited = ("body",)

    page = forms.IntegerField(widget=forms.HiddenInput)
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False)
    author_url = forms.URLField(
        label="Website (optional)", required=False, max_length=300, assume_scheme="https"
    )

    class Meta:
        model = Comment
        fields = ["author_name", "author_email", "author_url", "body", "notify_replies"]
        labels = {
            "author_name": "Name",
            "author_email": "Email (optional)",
            "author_url": "Website (optional)",
            "body": "Comment",
            "notify_replies": "Email me when someone replies to this comment",
        }
        help_texts = {
            "author_email": "Never shown. Needed, and used, only if you ask to hear of replies."
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.user = user if user is not None and user.is_authenticated else None
        self.fields["body"].max_length = None  # checked in clean_body, with a kinder message
        # Asked for only to send reply notices: see clean().
        self.fields["author_email"].required = False
        if self.user:
            # Signed-in readers comment as themselves.
            del self.fields["author_email"]
            # Never their email: a client's address must not become their public name.
            self.fields["author_name"].initial = self.user.get_full_name()

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        limit = settings.COMMENTS_MAX_LENGTH
        if len(body) > limit:
            raise forms.ValidationError(
                f"Please keep your comment under {limit:,} characters "
                f"(it has {len(body):,}). Your text is still here to shorten."
            )
        return body

    def clean_author_name(self):
        return " ".join(self.cleaned_data["author_name"].split())

    def clean(self):
        """An email is needed only to send the reply notices a reader asks for."""
        cleaned = super().clean()
        if not cleaned.get("notify_replies"):
            return cleaned
        if self.user is not None:
            if not self.user.email:
                self.add_error(
                    "notify_replies", "Your account has no email address to tell you of replies."
                )
        elif not cleaned.get("author_email") and "author_email" not in self.errors:
            self.add_error(
                "author_email",
                "Add your email so we can tell you about replies, or untick "
                "“Email me when someone replies”.",
            )
        return cleaned

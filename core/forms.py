"""The spam defences every public form carries, declared once.

Comments, the contact form, enrolment and the newsletter sign-up all inherit them from
`DefendedForm` and render them with `{% include "core/includes/form_defences.html" %}`.
"""

from django import forms
from django.conf import settings

from . import spam

DEFENCES = ("token", "homepage")


def reviews_cached_posts(view):
    """Marks a view (or a page's route) that can show a post from a cached page back for
    review: its form refuses, without storing anything, a post under review."""
    view.reviews_cached_posts = True
    return view


class DefendedForm(forms.Form):
    """A honeypot, a signed token with a minimum time to submit, a per-address rate limit
    and a link limit.

    A subclass names what the visitor sends (`what`, for the polite errors and the rate
    limit's scope) and the prefix of its settings (`limits = "COMMENTS"` reads
    COMMENTS_MIN_SECONDS, COMMENTS_RATE_LIMIT and, for the fields in `link_limited`,
    COMMENTS_MAX_LINKS). `scope` names the page (or form) a token is good for. The two
    fields are rendered by the include, so they are left out of `visible_fields` and
    `hidden_fields`.
    """

    what = "message"
    limits = ""
    link_limited = ()

    token = forms.CharField(widget=forms.HiddenInput)
    # Hidden from people and screen readers by the include; bots fill it in.
    homepage = forms.CharField(
        required=False,
        label="Leave this empty",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope

    def limit(self, name):
        return getattr(settings, f"{self.limits}_{name}")

    def fresh_token(self):
        """A new timing token each time the form is shown, even after an error: the one sent
        may be spent, and the visitor will send the form again."""
        return spam.issue_token(self.scope)

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name not in DEFENCES]

    def hidden_fields(self):
        return [field for field in super().hidden_fields() if field.name not in DEFENCES]

    def clean(self):
        cleaned = super().clean()
        for name in self.link_limited:
            links, most = spam.count_links(cleaned.get(name) or ""), self.limit("MAX_LINKS")
            if links > most:
                message = f"Please include no more than {most} links (this has {links})."
                self.add_error(name, message)
        return cleaned

    def screen(self, request):
        """Run every defence on the submitted form; return what tripped, or None.

        A tripped defence is logged and added to the form as a polite error, so the visitor
        sees it above everything they typed.
        """
        if getattr(request, "reviewing", False):  # sent from a cached page without JavaScript
            self.add_error(None, spam.POLITE["review"].format(what=self.what))
            return "review"
        token = self.data.get("token", "")
        if self.data.get("homepage"):
            problem = "honeypot"
        else:
            problem = spam.token_problem(token, self.scope, self.limit("MIN_SECONDS"))
        if problem is None and self.is_valid():
            if spam.rate_limited(self.what, spam.visitor(request), *self.limit("RATE_LIMIT")):
                problem = "rate"
            elif not spam.consume_token(token):
                problem = "reused"
        if problem:
            spam.log_rejection(self.what.capitalize(), problem, request, self.scope)
            self.add_error(None, spam.POLITE[problem].format(what=self.what))
        return problem

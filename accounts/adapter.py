"""How allauth behaves here.

No public sign-up: accounts come from invitations or the owner. Every email allauth sends
goes out as plain text plus an HTML version in the site's email layout.
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.template.loader import render_to_string

from home.models import SiteSettings


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return False

    def render_mail(self, template_prefix, email, context_data, headers=None):
        practice_name = SiteSettings.load().practice_name
        context_data = {"practice_name": practice_name, **context_data}
        message = super().render_mail(template_prefix, email, context_data, headers=headers)
        if not getattr(message, "alternatives", None) and message.content_subtype == "plain":
            html = render_to_string(
                "email/layout.html",
                {"subject": message.subject, "text": message.body, "practice_name": practice_name},
                context.request,
            )
            message.attach_alternative(html, "text/html")
        return message

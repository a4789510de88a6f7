"""How allauth behaves here.

No public sign-up: accounts come from invitations or the owner. Every email allauth sends
goes out as plain text plus an HTML version in the site's email layout. Its rate limits
count visitors by the address the site's own defences use.
"""

import ipaddress

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string

from core.spam import client_ip
from home.models import SiteSettings


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return False

    def get_client_ip(self, request):
        """The visitor's address as the site's own rate limits read it, through the same
        TRUSTED_PROXY_COUNT: behind a proxy, never the proxy's address for everyone."""
        ip = client_ip(request)
        try:
            return str(ipaddress.ip_address(ip))
        except ValueError as error:
            raise PermissionDenied("Unable to determine client IP address") from error

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

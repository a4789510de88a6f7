"""Site-wide response policies that no single app owns."""

from csp.middleware import CSPMiddleware
from django.conf import settings

NO_STORE_PREFIXES = ("/accounts/", "/admin/", "/portal/")


class NoStoreMiddleware:
    """Keep personal pages out of browser and proxy caches.

    Account pages show TOTP secrets and recovery codes, the admin shows people, and the
    portal shows health data (DESIGN.md privacy rule 9): none may be stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(NO_STORE_PREFIXES):
            response["Cache-Control"] = "no-store"
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's strict policy on every page, and the looser one Wagtail's admin needs
    (its inline scripts and styles) on /admin/ alone."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path.startswith("/admin/"):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class ResourcePolicyMiddleware:
    """Cross-Origin-Resource-Policy: no other site may embed what this one serves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response

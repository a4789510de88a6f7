"""Site-wide response policies that no single app owns."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage

NO_STORE_PREFIXES = ("/accounts/", "/admin/", "/portal/")
SHAREABLE_STATUSES = {200, 301, 404, 410}


class CachingPolicyMiddleware:
    """Who may keep a copy of a response.

    Account pages show TOTP secrets and recovery codes, the admin shows people, and the
    portal shows health data (DESIGN.md privacy rule 9): none may be stored. A public page
    that an anonymous reader fetched, with no cookie either way, is the same for everyone:
    any cache may keep it (PUBLIC_CACHE_*), and publishing or a new comment purges it. What
    is left is someone's own: private and not stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(NO_STORE_PREFIXES):
            response["Cache-Control"] = "no-store"
        elif self.shareable(request, response):
            response["Cache-Control"] = (
                f"public, max-age={settings.PUBLIC_CACHE_MAX_AGE}, "
                f"s-maxage={settings.PUBLIC_CACHE_S_MAXAGE}"
            )
        elif not response.has_header("Cache-Control") or "public" in response["Cache-Control"]:
            response["Cache-Control"] = "private, no-store"
        return response

    @staticmethod
    def shareable(request, response):
        return (
            request.method in ("GET", "HEAD")
            and response.status_code in SHAREABLE_STATUSES
            and not response.cookies
            and not request.COOKIES.get(settings.SESSION_COOKIE_NAME)
            and not request.COOKIES.get(CookieStorage.cookie_name)
            and not response.has_header("Cache-Control")
        )


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

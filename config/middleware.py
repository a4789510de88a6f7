"""Site-wide response policies that no single app owns."""

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

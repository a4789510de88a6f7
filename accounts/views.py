"""The door to the Wagtail admin, which hands sign-in over to allauth."""

from django.shortcuts import redirect
from django.urls import reverse


def admin_login(request):
    """Send visitors to allauth's sign-in (with its verification and MFA).

    Someone already signed in got here because they may not enter the admin: Wagtail has
    told them so, and sending them to sign in again would loop, so they go home instead.
    """
    if request.user.is_authenticated:
        return redirect("/")
    url = reverse("account_login")
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{url}?{query}" if query else url)

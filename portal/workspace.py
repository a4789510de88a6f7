"""Where each person works: the page sign-in lands them on, and the header's links to it.

A coach works in the coach portal, a client in their portal, an editor or the owner in the
Wagtail admin. Someone can hold more than one of these (an owner who also coaches); the
first is where sign-in lands them.
"""

from django.urls import reverse

from .models import ClientProfile, CoachProfile


def workspaces(user):
    """The (address, name) of each place this person works, most particular first."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_tranquil_workspaces", None)
    if cached is not None:
        return cached
    places = []
    if CoachProfile.objects.filter(user=user).exists():
        places.append((reverse("portal:coach-dashboard"), "Coach portal"))
    if ClientProfile.objects.filter(user=user).exists():
        places.append((reverse("portal:home"), "Your portal"))
    if user.has_perm("wagtailadmin.access_admin"):
        places.append((reverse("wagtailadmin_home"), "Admin"))
    user._tranquil_workspaces = places
    return places


def landing_url(user):
    """Where sign-in takes someone who did not ask for a particular page."""
    places = workspaces(user)
    return places[0][0] if places else "/"

"""The portal's front door: who your coach is, or who your clients are."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from .. import access


@login_required
def home(request):
    client = access.client_profile_for(request.user)
    coach = access.coach_profile_for(request.user)
    if client is None and coach is None:
        raise Http404("Not a portal member")
    context = {"client": client, "coach": coach}
    if coach:
        context["needs_mfa"] = access.coach_needs_mfa(request.user)
        context["clients"] = access.clients_of(coach)
    return render(request, "portal/home.html", context)

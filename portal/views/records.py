"""The client's rights over their data: who has seen it, a full copy, and erasure."""

import json

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from .. import access
from ..audit import visits
from ..erasure import erase_client
from ..guards import client_required
from ..portability import client_data

VISITS_PER_PAGE = 20


@client_required
def access_log(request):
    """ "Who has seen my data": every time a coach opened something of theirs (rule 5),
    gathered into visits so that a coach's one look reads as one line."""
    events = access.access_events_for(request.user)
    page = Paginator(visits(events), VISITS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "portal/access_log.html", {"page_obj": page})


@client_required
def export_json(request):
    data = client_data(request.user, request.client)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-portal-data-{stamp}.json"'
    return response


@client_required
def export_print(request):
    return render(
        request, "portal/export_print.html", {"data": client_data(request.user, request.client)}
    )


@client_required
@reauthentication_required
def erase(request):
    """Delete the account and everything the client wrote, after they confirm again."""
    user = request.user
    blocked = user.is_staff or access.coach_profile_for(user) is not None
    error = None
    if request.method == "POST" and not blocked:
        if request.POST.get("confirm") == "erase":
            with transaction.atomic():
                erase_client(user)
            logout(request)
            messages.success(request, "Your account and everything you wrote here are deleted.")
            return redirect("/")
        error = "Tick the box to confirm, or keep your account."
    return render(request, "portal/erase.html", {"blocked": blocked, "error": error})

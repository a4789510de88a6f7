"""Check-ins: a quick form, and the history drawn as charts with a table beside them."""

from datetime import timedelta

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .. import access
from ..charts import checkin_chart
from ..client_forms import CheckInForm, CopingForm
from ..guards import bound_or_restored, client_required

PERIODS = {"30": 30, "90": 90, "365": 365}


@client_required
def checkin_history(request):
    period = request.GET.get("days", "90")
    days = PERIODS.get(period, 90)
    since = timezone.now() - timedelta(days=days)
    checkins = list(
        access.checkins_for(request.user)
        .filter(created__gte=since)
        .prefetch_related("coping_used")
        .order_by("created")
    )
    chart = checkin_chart(checkins, f"Mood and distress over the last {days} days")
    return render(
        request,
        "portal/checkin_history.html",
        {"checkins": checkins[::-1], "chart": chart, "days": days, "periods": PERIODS},
    )


@client_required
def checkin_create(request):
    form = bound_or_restored(request, CheckInForm, user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            checkin = form.save(commit=False)
            checkin.client = request.client
            checkin.save()
            form.save_m2m()
            if form.cleaned_data["new_coping"]:
                strategy = request.client.coping.create(name=form.cleaned_data["new_coping"])
                checkin.coping_used.add(strategy)
        messages.success(request, "Check-in saved. Thank you for taking a moment.")
        return redirect("portal:checkin-history")
    return render(request, "portal/checkin_form.html", {"form": form})


@client_required
def coping_list(request):
    form = CopingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.client.coping.create(name=form.cleaned_data["name"])
        messages.success(request, "Added to your list.")
        return redirect("portal:coping-list")
    return render(
        request,
        "portal/coping_list.html",
        {"form": form, "strategies": access.coping_for(request.user)},
    )


@client_required
@require_POST
def coping_delete(request, pk):
    get_object_or_404(access.coping_for(request.user), pk=pk).delete()
    messages.success(request, "Removed from your list. Past check-ins keep their other choices.")
    return redirect("portal:coping-list")

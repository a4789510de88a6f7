"""Homework from the coach (what is due; marking it done) and the sessions so far."""

from django.contrib import messages
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from .. import access
from ..client_forms import HomeworkDoneForm
from ..guards import bound_or_restored, client_required


@client_required
def homework_list(request):
    homework = access.homework_for(request.user).select_related("goal")
    return render(
        request,
        "portal/homework_list.html",
        {
            "open": homework.filter(done_at__isnull=True).order_by(
                F("due_date").asc(nulls_last=True), "created"
            ),
            "done": homework.filter(done_at__isnull=False).order_by("-done_at"),
            "today": timezone.localdate(),
        },
    )


@client_required
def homework_done(request, pk):
    item = get_object_or_404(access.homework_for(request.user).select_related("goal"), pk=pk)
    form = bound_or_restored(request, HomeworkDoneForm, instance=item)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.done_at = item.done_at or timezone.now()
        item.save()
        messages.success(request, "Marked as done. Well done for doing it.")
        return redirect("portal:homework-list")
    return render(request, "portal/homework_done.html", {"form": form, "item": item})


@client_required
def session_list(request):
    """The sessions so far, with the summaries the coach shared (never their private notes)."""
    return render(
        request,
        "portal/session_list.html",
        {
            "sessions": access.sessions_for(request.user).defer("private_notes"),
            "allowance": request.client.session_allowance,
        },
    )

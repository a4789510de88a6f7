"""The journal: entries (shared with the coach unless kept private), prompts, search."""

import datetime

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from core.ids import is_id

from .. import access, crypto
from ..client_forms import JournalEntryForm, ReplyForm
from ..guards import bound_or_restored, client_required

PER_PAGE = 20
SEARCH_SESSION_KEY = "portal.journal-search"


def own_entry(request, pk):
    return get_object_or_404(
        access.entries_for(request.user).select_related("goal", "prompt"), pk=pk
    )


@client_required
def entry_list(request):
    """Newest first; filter by goal and month in SQL, search titles after opening them.

    Titles are encrypted, so a search reads the client's own titles (never the bodies).
    """
    if request.method == "POST" or "clear" in request.GET:
        return remember_search(request)
    entries = access.entries_for(request.user).select_related("goal").defer("body")
    goal_id = request.GET.get("goal", "")
    goals = list(access.goals_for(request.user).defer("why", "specific", "measurable"))
    if goal_id and goal_id in {str(goal.pk) for goal in goals}:
        entries = entries.filter(goal_id=goal_id)
    month = parse_month(request.GET.get("month", ""))
    if month:
        entries = entries.filter(created__year=month.year, created__month=month.month)
    query = remembered_search(request)
    if query:
        entries = [entry for entry in entries if query.casefold() in entry.title.casefold()]
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "portal/entry_list.html",
        {
            "page_obj": page,
            "goals": goals,
            "months": access.entries_for(request.user).dates("created", "month", order="DESC"),
            "query": query,
            "goal_id": goal_id,
            "month": month,
            "filtered": bool(query or goal_id or month),
            "extra": keep_filters(request),
        },
    )


def remember_search(request):
    """Search words can say a lot about someone, so they never travel in the URL (where
    logs and browser history keep them): they are sealed into the session instead."""
    query = "" if "clear" in request.GET else request.POST.get("q", "").strip()[:100]
    request.session[SEARCH_SESSION_KEY] = crypto.encrypt(query, SEARCH_SESSION_KEY)
    params = (
        {}
        if "clear" in request.GET
        else {name: request.POST[name] for name in ("goal", "month") if request.POST.get(name)}
    )
    url = reverse("portal:entry-list")
    return redirect(f"{url}?{urlencode(params)}" if params else url)


def remembered_search(request):
    sealed = request.session.get(SEARCH_SESSION_KEY)
    try:
        return crypto.decrypt(sealed, SEARCH_SESSION_KEY) if sealed else ""
    except crypto.DecryptionError:
        return ""


def keep_filters(request):
    """The query string minus the page number, for the pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode() + "&" if params else ""


def parse_month(value):
    try:
        return datetime.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        return None


def chosen_prompt(value):
    value = str(value or "")
    return access.prompts().filter(pk=value).first() if is_id(value) else None


@client_required
def entry_create(request):
    """A new entry, from a prompt (`?prompt=<id>`) or a blank page."""
    form = bound_or_restored(
        request, JournalEntryForm, user=request.user, initial={"prompt": request.GET.get("prompt")}
    )
    if request.method == "POST" and form.is_valid():
        entry = form.save(commit=False)
        entry.client = request.client
        entry.save()
        shared = " and shared with your coach." if entry.shared else ", just for you."
        messages.success(request, "Your entry is saved" + shared)
        return redirect("portal:entry-detail", pk=entry.pk)
    return render(
        request,
        "portal/entry_form.html",
        {
            "form": form,
            "prompt": chosen_prompt(form["prompt"].value()),
            "prompts": access.prompts(),
        },
    )


@client_required
def entry_detail(request, pk):
    entry = own_entry(request, pk)
    if request.method == "POST":
        reply_form = ReplyForm(request.POST)
        if reply_form.is_valid():
            entry.feedback.create(
                client=request.client, author=request.user, body=reply_form.cleaned_data["body"]
            )
            messages.success(request, "Your reply is sent to your coach.")
            return redirect("portal:entry-detail", pk=entry.pk)
    else:
        reply_form = bound_or_restored(request, ReplyForm, action="reply")
    return render(
        request,
        "portal/entry_detail.html",
        {
            "entry": entry,
            "feedback": entry.feedback.select_related("author"),
            "reply_form": reply_form,
        },
    )


@client_required
def entry_edit(request, pk):
    entry = own_entry(request, pk)
    form = bound_or_restored(request, JournalEntryForm, user=request.user, instance=entry)
    if request.method == "POST" and form.is_valid():
        entry = form.save(commit=False)
        if form.has_changed():
            entry.reviewed_at = None  # the coach should see what changed
        entry.save()
        messages.success(request, "Your changes are saved.")
        return redirect("portal:entry-detail", pk=entry.pk)
    return render(
        request, "portal/entry_form.html", {"form": form, "entry": entry, "prompt": entry.prompt}
    )


@client_required
def entry_delete(request, pk):
    entry = own_entry(request, pk)
    if request.method == "POST":
        entry.delete()
        messages.success(request, "The entry is deleted.")
        return redirect("portal:entry-list")
    back = reverse("portal:entry-detail", args=[entry.pk])
    context = {"what": "this entry", "thing": entry.title, "back": back}
    return render(request, "portal/confirm_delete.html", context)

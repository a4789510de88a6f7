"""The coach's side: who needs attention, each client's shared work, feedback, homework
and sessions. Every view of a client's data is recorded for the client to see (rule 5)."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .. import access, attention, measures
from ..audit import record_access
from ..charts import checkin_chart
from ..coach_forms import AssignMeasureForm, FeedbackForm, HomeworkForm, SessionForm
from ..guards import bound_or_restored, coach_required
from ..models import Appointment
from ..tasks import notify_feedback

RECENT_ENTRIES = 20


def own_client(request, pk):
    client = access.coach_client(request.user, pk)
    if client is None:
        raise Http404("Not your client")
    return client


@coach_required
def dashboard(request):
    today = timezone.localdate()
    clients = list(access.clients_with_attention(request.coach, today))
    ids = [client.pk for client in clients]
    alerts = list(access.open_risk_alerts(request.coach))
    statuses = attention.rank(
        clients,
        access.recent_shared_checkins(ids),
        today,
        responses=access.responses_of_clients(ids),
        alerts=alerts,
    )
    next_sessions = access.next_sessions_of(request.coach, ids, timezone.now())
    for status in statuses:
        status.next_session = next_sessions.get(status.client.pk)
    return render(
        request,
        "portal/coach/dashboard.html",
        {"statuses": statuses, "alerts": alerts, "today": today},
    )


@coach_required
@require_POST
def acknowledge_alert(request, pk):
    alert = access.risk_alert_for_coach(request.coach, pk)
    if alert is None:
        raise Http404("No such alert")
    alert.acknowledged_at, alert.acknowledged_by = timezone.now(), request.user
    alert.save(update_fields=["acknowledged_at", "acknowledged_by"])
    messages.success(request, "Alert acknowledged.")
    return redirect("portal:coach-dashboard")


@coach_required
@require_POST
def assign_measure(request, pk):
    client = own_client(request, pk)
    form = AssignMeasureForm(request.POST)
    if form.is_valid():
        assignment = form.save(commit=False)
        assignment.client, assignment.coach = client, request.coach
        assignment.save()
        messages.success(request, f"{assignment.questionnaire.name} assigned.")
    else:
        messages.error(request, "Choose a measure and how often.")
    return redirect("portal:coach-client", pk=client.pk)


@coach_required
def client_page(request, pk):
    client = own_client(request, pk)
    record_access(request.user, client, "your overview")
    since = timezone.now() - timedelta(days=90)
    checkins = list(
        access.shared_checkins_of(client).filter(created__gte=since).order_by("created")
    )
    chart = checkin_chart(checkins, "Shared check-ins over the last 90 days")
    return render(
        request,
        "portal/coach/client.html",
        {
            "client": client,
            # Every unread entry, however old, then the latest ones already read.
            "unread": access.shared_entries_of(client)
            .filter(reviewed_at__isnull=True)
            .defer("body"),
            "read": access.shared_entries_of(client)
            .filter(reviewed_at__isnull=False)
            .defer("body")[:RECENT_ENTRIES],
            "goals": access.goals_of(client).prefetch_related("steps", "measure_values"),
            "checkins": checkins[::-1],
            "chart": chart,
            "homework": access.homework_of(client).select_related("goal"),
            "sessions": access.sessions_of(client),
            "coach_pk": request.coach.pk,
            "measures": measures.client_overview(client),
            "assign_form": AssignMeasureForm(),
            "today": timezone.localdate(),
        },
    )


@coach_required
def client_entry(request, pk, entry):
    client = own_client(request, pk)
    item = get_object_or_404(
        access.shared_entries_of(client).select_related("goal", "prompt"), pk=entry
    )
    if request.method == "POST" and request.POST.get("action") == "reviewed":
        item.reviewed_at = item.reviewed_at or timezone.now()
        item.save(update_fields=["reviewed_at"])
        messages.success(request, "Marked as reviewed.")
        return redirect("portal:coach-entry", pk=client.pk, entry=item.pk)
    done, form = feedback_step(request, client, item)
    if done:
        return done
    record_access(request.user, client, "a journal entry")
    return render(
        request,
        "portal/coach/entry.html",
        {
            "client": client,
            "entry": item,
            "feedback": item.feedback.select_related("author"),
            "form": form,
        },
    )


@coach_required
def client_goal(request, pk, goal):
    client = own_client(request, pk)
    item = get_object_or_404(
        access.goals_of(client).prefetch_related("steps", "measure_values"), pk=goal
    )
    done, form = feedback_step(request, client, item)
    if done:
        return done
    record_access(request.user, client, "a goal")
    return render(
        request,
        "portal/coach/goal.html",
        {
            "client": client,
            "goal": item,
            "feedback": item.feedback.select_related("author"),
            "form": form,
        },
    )


def booked_appointment(client, pk):
    """The client's booked appointment `pk`, not yet recorded; None without one, 404 for
    anyone else's."""
    if not pk:
        return None
    try:
        return access.appointments_of(client).booked().get(pk=pk, session__isnull=True)
    except (Appointment.DoesNotExist, ValidationError):
        raise Http404("No such appointment") from None


def feedback_step(request, client, item):
    """The feedback form on an entry or goal page: (a redirect once sent, or None; the form).

    The client is told by email that there is feedback, never what it says.
    """
    if request.method != "POST" or request.POST.get("action") != "feedback":
        return None, bound_or_restored(request, FeedbackForm, action="feedback")
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return None, form
    with transaction.atomic():
        feedback = item.feedback.create(
            client=client, author=request.user, body=form.cleaned_data["body"]
        )
        transaction.on_commit(lambda: notify_feedback.enqueue(str(feedback.pk)))
    messages.success(request, "Feedback sent. The client is emailed that it is there.")
    return redirect(request.path), form


@coach_required
def homework_new(request, pk):
    client = own_client(request, pk)
    if request.method != "POST":
        record_access(request.user, client, "your goals, to set homework")
    form = bound_or_restored(request, HomeworkForm, goals=access.goals_of(client))
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.client, item.coach = client, request.coach
        item.save()
        messages.success(request, "Homework set. The client sees it in their portal.")
        return redirect("portal:coach-client", pk=client.pk)
    return render(
        request,
        "portal/coach/form.html",
        {"client": client, "form": form, "heading": "Set homework"},
    )


@coach_required
def session_new(request, pk):
    """Record a session; from a booked appointment (?appointment=), prefilled from it and
    linked to it, so the session counts once towards the client's plan."""
    client = own_client(request, pk)
    appointment = booked_appointment(client, request.GET.get("appointment"))
    initial = {"date": timezone.localdate()}
    if appointment:
        initial = {
            "date": timezone.localdate(appointment.starts_at),
            "duration_minutes": appointment.minutes,
        }
    form = bound_or_restored(request, SessionForm, initial=initial)
    if request.method == "POST" and form.is_valid():
        session = form.save(commit=False)
        session.client, session.coach = client, request.coach
        with transaction.atomic():
            session.save()
            if appointment:
                appointment.session = session
                appointment.save(update_fields=["session"])
        messages.success(request, "Session recorded.")
        return redirect("portal:coach-client", pk=client.pk)
    return render(
        request,
        "portal/coach/form.html",
        {"client": client, "form": form, "heading": "Record a session"},
    )

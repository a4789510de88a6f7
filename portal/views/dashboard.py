"""The portal's front door: a client's overview; coaches go on to their dashboard."""

from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from .. import access
from ..charts import checkin_chart
from ..models import Goal

RECENT_CHECKINS = 14


@login_required
def home(request):
    request.client = access.client_profile_for(request.user)
    if request.client:
        return client_dashboard(request)
    coach = access.coach_profile_for(request.user)
    if coach is None:
        raise Http404("Not a portal member")
    return redirect("portal:coach-dashboard")


def client_dashboard(request):
    """Active goals, next homework, the next session, recent check-ins, coach feedback,
    sessions so far."""
    user = request.user
    goals = (
        access.goals_for(user)
        .filter(status=Goal.Status.ACTIVE)
        .prefetch_related("steps", "measure_values")
    )
    checkins = list(access.checkins_for(user).order_by("-created")[:RECENT_CHECKINS])[::-1]
    chart = checkin_chart(checkins, "Your last check-ins")
    return render(
        request,
        "portal/dashboard.html",
        {
            "client": request.client,
            "goals": goals,
            "next_homework": access.homework_for(user)
            .filter(done_at__isnull=True)
            .order_by(F("due_date").asc(nulls_last=True), "created")
            .first(),
            "checkins": checkins,
            "chart": chart,
            "feedback": access.feedback_for(user)
            .exclude(author=user)
            .select_related("author", "goal", "entry")
            .order_by("-created")[:3],
            "sessions_held": access.sessions_for(user).count(),
            "unread_messages": access.conversation_for(request.client).unread_by_client().count(),
            "next_session": access.appointments_for(user).upcoming(timezone.now()).first(),
        },
    )

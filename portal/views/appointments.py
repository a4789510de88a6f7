"""Booking sessions: a client's appointments, booking, moving and cancelling them; a
coach's weekly hours, time off and bookings, and booking for a client; private calendar
feeds. The slot maths and the rules live in portal/booking.py."""

from datetime import timedelta

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.emails import absolute_url

from .. import access, booking, calendar
from ..audit import record_access, record_accesses
from ..booking_forms import AvailabilityForm, SessionRulesForm, TimeOffForm, TimeZoneForm
from ..guards import client_required, coach_required
from .coach import own_client

PAST_SHOWN = 20
FEED_PAST = timedelta(days=30)
LATE_WARNING = (
    "Your session starts in less than {hours} hours. Cancelling or moving it now is "
    "recorded as a late cancellation, and it counts as one of your sessions."
)


def late_warning():
    return LATE_WARNING.format(hours=int(booking.notice().total_seconds() // 3600))


def own_zone(client):
    """The client's own time zone when it differs from the practice's, else ""."""
    zone = client.time_zone if client else ""
    return "" if zone == booking.practice_zone().key else zone


def slot_context(request, coach, client):
    """One week (?week=) of the coach's free slots, grouped by day, with its neighbours."""
    slots = booking.free_slots(coach, client) if coach else []
    zone = booking.practice_zone()
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())

    def week_of(slot):
        return (slot.starts_at.astimezone(zone).date() - monday).days // 7

    weeks = sorted({week_of(slot) for slot in slots})
    first = weeks[0] if weeks else 0
    try:
        week = int(request.GET.get("week", first))
    except ValueError:
        week = first
    week = min(max(week, 0), weeks[-1] if weeks else 0)  # a stray number stays in range
    return {
        "days": booking.by_day([slot for slot in slots if week_of(slot) == week]),
        "week_start": monday + timedelta(weeks=week),
        "previous_week": max((w for w in weeks if w < week), default=None),
        "next_week": min((w for w in weeks if w > week), default=None),
        "any_slots": bool(slots),
        "zone": own_zone(client),
    }


def feed_context(user):
    feed = access.calendar_feed_for(user)
    url = reverse("portal:calendar-feed", args=[feed.token]) if feed else None
    return {"feed_url": absolute_url(url) if url else None}


# The client's side


def own_appointment(request, pk):
    return get_object_or_404(access.appointments_for(request.user), pk=pk)


@client_required
def appointment_list(request):
    return list_page(request)


def list_page(request, zone_form=None, status=200):
    """Upcoming and past sessions, sessions used of the plan, the calendar address and the
    client's time zone."""
    client, now = request.client, timezone.now()
    mine = access.appointments_for(request.user)
    upcoming = list(mine.upcoming(now))
    used = booking.sessions_used(client)
    return render(
        request,
        "portal/appointments/list.html",
        {
            "client": client,
            "upcoming": upcoming,
            "next": upcoming[0] if upcoming else None,
            "past": mine.exclude(status="booked", ends_at__gt=now).order_by("-starts_at")[
                :PAST_SHOWN
            ],
            "used": used,
            "can_book": client.coach_id is not None and used < client.session_allowance,
            "zone": own_zone(client),
            "zone_form": zone_form or TimeZoneForm(instance=client),
            **feed_context(request.user),
        },
        status=status,
    )


@client_required
def book(request):
    client = request.client
    return booking_page(
        request,
        client,
        submit=lambda starts_at: booking.book(client, starts_at, request.user),
        done="portal:appointments",
        template="portal/appointments/book.html",
        context={"heading": "Book a session"},
    )


def booking_page(request, client, submit, done, template, context, done_args=()):
    """Free slots to choose from; on POST, `submit(starts_at)` books the chosen one, or the
    page comes back saying why not (taken: 409; not offered, no sessions left: 400)."""
    error, status = None, 200
    if request.method == "POST":
        try:
            submit(booking.parse_key(request.POST.get("slot")))
        except booking.BookingError as problem:
            error, status = str(problem), problem.status
        else:
            messages.success(request, "Booked. You will both have an email with a calendar file.")
            return redirect(done, *done_args)
    return render(
        request,
        template,
        {
            **context,
            "client": client,
            "error": error,
            "used": booking.sessions_used(client),
            **slot_context(request, client.coach, client),
        },
        status=status,
    )


@client_required
def appointment_detail(request, pk):
    appointment = own_appointment(request, pk)
    return detail_page(request, appointment)


def detail_page(request, appointment, confirm_late=False):
    return render(
        request,
        "portal/appointments/detail.html",
        {
            "appointment": appointment,
            "changeable": booking.can_change(appointment),
            "late": booking.is_late(appointment),
            "late_warning": late_warning(),
            "confirm_late": confirm_late,
            "zone": own_zone(request.client),
        },
    )


@client_required
@require_POST
def appointment_cancel(request, pk):
    appointment = own_appointment(request, pk)
    if not booking.can_change(appointment):
        messages.error(request, "This session can no longer be cancelled here.")
        return redirect("portal:appointment-detail", pk=appointment.pk)
    late = booking.is_late(appointment)
    if late and not request.POST.get("late_ok"):
        return detail_page(request, appointment, confirm_late=True)
    booking.cancel(appointment)
    messages.success(
        request,
        "Your session is cancelled and recorded as a late cancellation."
        if late
        else "Your session is cancelled.",
    )
    return redirect("portal:appointments")


@client_required
def appointment_move(request, pk):
    appointment = own_appointment(request, pk)
    if not booking.can_change(appointment):
        messages.error(request, "This session can no longer be moved here.")
        return redirect("portal:appointment-detail", pk=appointment.pk)
    late = booking.is_late(appointment)
    if request.method == "POST" and late and not request.POST.get("late_ok"):
        return detail_page(request, appointment, confirm_late=True)
    return booking_page(
        request,
        request.client,
        submit=lambda starts_at: booking.move(appointment, starts_at, request.user),
        done="portal:appointments",
        template="portal/appointments/book.html",
        context={
            "heading": "Move your session",
            "appointment": appointment,
            "late": late,
            "late_warning": late_warning(),
        },
    )


@client_required
@require_POST
def time_zone(request):
    form = TimeZoneForm(request.POST, instance=request.client)
    if not form.is_valid():
        return list_page(request, zone_form=form, status=400)
    form.save(commit=False).save(update_fields=["time_zone"])
    messages.success(request, "Time zone saved.")
    return redirect("portal:appointments")


@client_required
@require_POST
def client_calendar_new(request):
    booking.renew_calendar_feed(request.user)
    messages.success(request, "Here is your new calendar address. The old one has stopped working.")
    return redirect(reverse("portal:appointments") + "#calendar")


# The coach's side


@coach_required
@require_POST
def coach_calendar_new(request):
    booking.renew_calendar_feed(request.user)
    messages.success(request, "Here is your new calendar address. The old one has stopped working.")
    return redirect(reverse("portal:coach-availability") + "#calendar")


@coach_required
def availability(request):
    return availability_page(request)


def availability_page(request, status=200, **forms):
    """Weekly hours, session length and break, time off, and the calendar address."""
    coach = request.coach
    return render(
        request,
        "portal/appointments/availability.html",
        {
            "windows": access.availability_of(coach),
            "time_off": access.time_off_of(coach).filter(last_day__gte=timezone.localdate()),
            "window_form": forms.get("window_form") or AvailabilityForm(),
            "rules_form": forms.get("rules_form") or SessionRulesForm(instance=coach),
            "time_off_form": forms.get("time_off_form") or TimeOffForm(),
            "zone": booking.practice_zone().key,
            **feed_context(request.user),
        },
        status=status,
    )


@coach_required
@require_POST
def availability_add(request):
    form = AvailabilityForm(request.POST, existing=access.availability_of(request.coach))
    if not form.is_valid():
        return availability_page(request, status=400, window_form=form)
    window = form.save(commit=False)
    window.coach = request.coach
    window.save()
    messages.success(request, f"Added {window}.")
    return redirect("portal:coach-availability")


@coach_required
@require_POST
def availability_delete(request, pk):
    window = get_object_or_404(access.availability_of(request.coach), pk=pk)
    window.delete()
    messages.success(request, f"Removed {window}. Sessions already booked in it stay booked.")
    return redirect("portal:coach-availability")


@coach_required
@require_POST
def session_rules(request):
    form = SessionRulesForm(request.POST, instance=request.coach)
    if not form.is_valid():
        return availability_page(request, status=400, rules_form=form)
    form.save(commit=False).save(update_fields=list(form.Meta.fields))
    messages.success(request, "Saved. New slots follow the new length and break.")
    return redirect("portal:coach-availability")


@coach_required
@require_POST
def time_off_add(request):
    form = TimeOffForm(request.POST)
    if not form.is_valid():
        return availability_page(request, status=400, time_off_form=form)
    away = form.save(commit=False)
    away.coach = request.coach
    away.save()
    messages.success(request, f"Time off added: {away}. Sessions already booked stay booked.")
    return redirect("portal:coach-availability")


@coach_required
@require_POST
def time_off_delete(request, pk):
    away = get_object_or_404(access.time_off_of(request.coach), pk=pk)
    away.delete()
    messages.success(request, f"Time off removed: {away}.")
    return redirect("portal:coach-availability")


@coach_required
def coach_appointments(request):
    """The coach's coming sessions, and past ones still to be recorded; each client shown
    sees in their access log that the coach looked at their appointments (rule 5)."""
    now = timezone.now()
    mine = access.coach_appointments(request.coach)
    upcoming = list(mine.upcoming(now))
    unrecorded = list(
        mine.booked().filter(ends_at__lte=now, session__isnull=True).order_by("-starts_at")
    )
    record_accesses(request.user, {a.client for a in [*upcoming, *unrecorded]}, "your appointments")
    return render(
        request,
        "portal/appointments/coach_list.html",
        {"upcoming": upcoming, "unrecorded": unrecorded},
    )


@coach_required
def coach_book(request, pk):
    client = own_client(request, pk)
    if request.method != "POST":
        record_access(request.user, client, "your appointments")
    return booking_page(
        request,
        client,
        submit=lambda starts_at: booking.book(client, starts_at, request.user),
        done="portal:coach-client",
        done_args=(client.pk,),
        template="portal/appointments/coach_book.html",
        context={
            "heading": "Book a session",
            "upcoming": list(access.appointments_of(client).upcoming(timezone.now())),
        },
    )


# The private calendar feed: the token is the credential


def calendar_feed(request, token):
    feed = access.calendar_feed_by_token(token)
    if feed is None or not feed.user.is_active:
        raise Http404("No such calendar")
    since = timezone.now() - FEED_PAST
    as_client = (
        access.appointments_for(feed.user).booked().filter(ends_at__gte=since, coach__isnull=False)
    )
    coach = access.coach_profile_for(feed.user)
    as_coach = access.coach_appointments(coach).booked().filter(ends_at__gte=since) if coach else []
    response = HttpResponse(
        calendar.feed(as_client, as_coach), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="sessions.ics"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response

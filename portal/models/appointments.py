"""Booking sessions: a coach's weekly hours and time off, the appointments clients hold,
the practice's cancellation notice, and private calendar feeds.

Times are stored in UTC; weekly hours are wall-clock times in the practice's zone
(TIME_ZONE), so 09:00 stays 09:00 across the clock changes.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from ..fields import PrivateModel
from .profiles import ClientProfile, CoachProfile
from .querysets import AppointmentQuerySet
from .work import CoachingSession

WEEKDAYS = [
    (0, "Monday"),
    (1, "Tuesday"),
    (2, "Wednesday"),
    (3, "Thursday"),
    (4, "Friday"),
    (5, "Saturday"),
    (6, "Sunday"),
]


class Availability(models.Model):
    """A weekly window in which a coach sees clients, in the practice's time zone."""

    coach = models.ForeignKey(CoachProfile, on_delete=models.CASCADE, related_name="availability")
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAYS)
    starts = models.TimeField("from")
    ends = models.TimeField("until")

    class Meta:
        ordering = ["weekday", "starts"]
        verbose_name_plural = "availability"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends__gt=F("starts")), name="availability_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"


class TimeOff(models.Model):
    """Days a coach is away: no slots are offered on them (no reason kept: it is nobody's)."""

    coach = models.ForeignKey(CoachProfile, on_delete=models.CASCADE, related_name="time_off")
    first_day = models.DateField()
    last_day = models.DateField()

    class Meta:
        ordering = ["first_day"]
        verbose_name_plural = "time off"
        constraints = [
            models.CheckConstraint(
                condition=Q(last_day__gte=F("first_day")), name="time_off_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.first_day:%d %b %Y} – {self.last_day:%d %b %Y}"


class Appointment(PrivateModel):
    """A session booked with a coach. Two clients can never hold one slot: the database
    refuses a second booking of the same coach at the same start, however close the race."""

    class Status(models.TextChoices):
        BOOKED = "booked", "Booked"
        CANCELLED = "cancelled", "Cancelled"
        LATE = "late", "Cancelled late"

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="appointments")
    coach = models.ForeignKey(
        CoachProfile, null=True, on_delete=models.SET_NULL, related_name="appointments"
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BOOKED)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # iCalendar's SEQUENCE: calendars replace an event when a higher one arrives.
    sequence = models.PositiveIntegerField(default=0)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    session = models.OneToOneField(
        CoachingSession,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointment",
    )
    created = models.DateTimeField(auto_now_add=True)

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["coach", "starts_at"],
                condition=Q(status="booked"),
                name="one_client_per_slot",
            ),
            models.UniqueConstraint(
                fields=["client", "starts_at"],
                condition=Q(status="booked"),
                name="one_slot_per_client_at_a_time",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="appointment_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"Appointment {self.starts_at:%Y-%m-%d %H:%M} UTC"

    @property
    def minutes(self):
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


def new_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A private calendar address for one person's sessions; a new token revokes the old."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created = models.DateTimeField(auto_now=True)

    def __str__(self):
        return "Calendar feed"


@register_setting(icon="date")
class BookingSettings(BaseGenericSetting):
    """The practice's booking rules, set by the owner."""

    cancellation_notice_hours = models.PositiveSmallIntegerField(
        "cancellation notice (hours)",
        default=24,
        help_text=(
            "Clients may cancel or move a session up to this many hours before it starts; "
            "later cancellations are recorded as late and count towards their sessions."
        ),
    )
    booking_weeks = models.PositiveSmallIntegerField(
        "weeks ahead to offer", default=6, help_text="How far ahead clients may book."
    )

    panels = [FieldPanel("cancellation_notice_hours"), FieldPanel("booking_weeks")]

    class Meta:
        verbose_name = "booking"

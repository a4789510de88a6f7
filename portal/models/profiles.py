"""Who is a coach and who is a client: the profile rows behind the portal's roles."""

from django.conf import settings
from django.db import models

from .querysets import ClientProfileQuerySet

SESSION_LENGTHS = [30, 45, 50, 60, 75, 90]


class CoachProfile(models.Model):
    """Marks a user as a coach; their clients hang off this row."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_profile"
    )
    reply_days = models.PositiveSmallIntegerField(
        "usually replies within (working days)",
        default=2,
        help_text="Shown to clients beside the message box, so nobody waits wondering.",
    )
    session_minutes = models.PositiveSmallIntegerField(
        "session length (minutes)",
        default=50,
        choices=[(m, f"{m} minutes") for m in SESSION_LENGTHS],
    )
    break_minutes = models.PositiveSmallIntegerField("break between sessions (minutes)", default=10)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["user__email"]

    def __str__(self):
        return str(self.user)


class ClientProfile(models.Model):
    """Marks a user as a client and names the coach who works with them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="client_profile"
    )
    coach = models.ForeignKey(
        CoachProfile,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clients",
    )
    session_allowance = models.PositiveSmallIntegerField(
        default=12, help_text="How many sessions the client's plan includes."
    )
    time_zone = models.CharField(
        "your time zone",
        max_length=64,
        blank=True,
        help_text="Times are shown in the practice's zone, and also in yours if you set it.",
    )
    checkin_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientProfileQuerySet.as_manager()

    class Meta:
        ordering = ["user__email"]

    def __str__(self):
        return str(self.user)

"""Who is a coach and who is a client: the profile rows behind the portal's roles."""

from django.conf import settings
from django.db import models

from .querysets import ClientProfileQuerySet


class CoachProfile(models.Model):
    """Marks a user as a coach; their clients hang off this row."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_profile"
    )
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
    checkin_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientProfileQuerySet.as_manager()

    class Meta:
        ordering = ["user__email"]

    def __str__(self):
        return str(self.user)

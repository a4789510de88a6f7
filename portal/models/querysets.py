"""Which rows someone may see, as QuerySet methods named for the rules.

portal/access.py gathers them into the one gate that views ask (DESIGN.md rule 1).
"""

from django.db import models


class ClientDataQuerySet(models.QuerySet):
    """Rows that belong to one client."""

    def owned_by(self, user):
        """The signed-in client's own rows."""
        return self.filter(client__user=user)

    def of_client(self, client):
        """One client's rows, for their coach (access.py checks the coach first)."""
        return self.filter(client=client)


class SharedDataQuerySet(ClientDataQuerySet):
    """Rows a client may keep private: journal entries and check-ins."""

    def shared(self):
        """What the client shared with their coach; private rows never pass (rule 2)."""
        return self.filter(shared=True)


class AssignmentQuerySet(ClientDataQuerySet):
    def active(self):
        """Assignments still running, of questionnaires still in use."""
        return self.filter(active=True, questionnaire__active=True)


class ClientProfileQuerySet(models.QuerySet):
    def coached_by(self, coach):
        """A coach's clients whose accounts are still open: never anyone else's."""
        return self.filter(coach=coach, user__is_active=True)


class RiskAlertQuerySet(models.QuerySet):
    def open_for(self, coach):
        """Alerts about the coach's own clients that nobody has acknowledged yet."""
        return self.filter(client__coach=coach, acknowledged_at__isnull=True)


class ActiveQuerySet(models.QuerySet):
    def active(self):
        """What the owner has switched on: prompts and questionnaires people may use."""
        return self.filter(active=True)


class MessageQuerySet(ClientDataQuerySet):
    def between(self, client, coach):
        """The conversation of one client with one coach (access.py checks who asks)."""
        return self.filter(client=client, coach=coach)

    def unread_by_client(self):
        return self.filter(from_client=False, read_at__isnull=True)

    def unread_by_coach(self):
        return self.filter(from_client=True, read_at__isnull=True)


class AppointmentQuerySet(ClientDataQuerySet):
    def booked(self):
        return self.filter(status="booked")

    def upcoming(self, now):
        return self.booked().filter(ends_at__gt=now)

    def counting(self):
        """Appointments that use one of the client's sessions: booked and not yet recorded
        (a recorded one is counted as its session), and late cancellations."""
        return self.filter(
            models.Q(status="booked", session__isnull=True) | models.Q(status="late")
        )

"""Invitations: the only way into the portal, since public sign-up stays closed."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from .profiles import ClientProfile, CoachProfile

TOKEN_SALT = "portal.invitation"  # noqa: S105 - a signing namespace, not a secret


class Invitation(models.Model):
    """A signed, expiring, single-use link that makes someone a client or a coach."""

    class Role(models.TextChoices):
        CLIENT = "client", "Client"
        COACH = "coach", "Coach"

    email = models.EmailField()
    name = models.CharField(max_length=100, blank=True, help_text="Fills in the sign-up form.")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.CLIENT)
    coach = models.ForeignKey(
        CoachProfile,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
        help_text="The coach a client will work with.",
    )
    enrolment = models.ForeignKey(
        "enrolment.Enrolment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
        editable=False,
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, editable=False)
    accepted_at = models.DateTimeField(null=True, editable=False)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.get_role_display()} invitation for {self.email}"

    def clean(self):
        self.email = (self.email or "").strip().lower()
        if self.role == self.Role.CLIENT and self.coach_id is None:
            raise ValidationError({"coach": "Choose the coach this client will work with."})
        if self.role == self.Role.COACH:
            self.coach = None

    @classmethod
    def for_enrolment(cls, enrolment, *, coach, invited_by):
        """Invite someone who enrolled to become a client of `coach`; their enrolment is
        marked accepted."""
        with transaction.atomic():
            invitation = cls.objects.create(
                email=enrolment.email,
                name=enrolment.name,
                role=cls.Role.CLIENT,
                coach=coach,
                enrolment=enrolment,
                invited_by=invited_by,
            )
            enrolment.status = enrolment.Status.ACCEPTED
            enrolment.save(update_fields=["status", "updated"])
        return invitation

    # The link

    @staticmethod
    def max_age():
        return timedelta(days=settings.INVITATION_MAX_AGE_DAYS)

    def make_token(self):
        return signing.dumps(self.pk, salt=TOKEN_SALT, compress=True)

    @classmethod
    def from_token(cls, token):
        """The invitation a link names, or the reason it cannot be used.

        Returns `(invitation, problem)`, where problem is one of "forged", "expired",
        "withdrawn" or "used", or None for a link that may be accepted.
        """
        try:
            pk = signing.loads(token, salt=TOKEN_SALT, max_age=cls.max_age())
        except signing.SignatureExpired:
            return None, "expired"
        except signing.BadSignature:
            return None, "forged"
        invitation = cls.objects.select_related("coach__user").filter(pk=pk).first()
        if invitation is None:
            return None, "withdrawn"
        if invitation.accepted_at:
            return invitation, "used"
        return invitation, None

    @property
    def expires_at(self):
        return self.sent_at + self.max_age() if self.sent_at else None

    @property
    def state(self):
        if self.accepted_at:
            return "accepted"
        if self.sent_at is None:
            return "sending"
        return "expired" if self.expires_at <= timezone.now() else "waiting"

    # Accepting

    def accept(self, user):
        """Give `user` the invited role, once: a second acceptance changes nothing.

        Returns False when the invitation was already used (say, in another tab).
        """
        with transaction.atomic():
            if not self.claim():
                return False
            self.grant(user)
        return True

    def claim(self):
        """Use the invitation up, if nobody has: one conditional UPDATE, so of two
        requests racing for it exactly one wins."""
        claimed = (
            type(self)
            .objects.filter(pk=self.pk, accepted_at__isnull=True)
            .update(accepted_at=timezone.now())
        )
        return claimed == 1

    def grant(self, user):
        """Make `user` what the (claimed) invitation says: a coach, or a client of its coach."""
        if self.role == self.Role.COACH:
            CoachProfile.objects.get_or_create(user=user)
            user.groups.add(Group.objects.get(name="Coaches"))
        else:
            profile, _ = ClientProfile.objects.get_or_create(user=user)
            profile.coach = self.coach
            profile.save(update_fields=["coach"])
            user.groups.add(Group.objects.get(name="Clients"))
        type(self).objects.filter(pk=self.pk).update(accepted_by=user)
        self.refresh_from_db()

"""The portal's tables: who is who, the offers and enrolments that lead in, invitations."""

from .enrolment import Enrolment, EnrolPage, Offer
from .invitations import Invitation
from .profiles import ClientProfile, CoachProfile

__all__ = ["ClientProfile", "CoachProfile", "EnrolPage", "Enrolment", "Invitation", "Offer"]

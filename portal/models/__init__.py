"""The portal's tables: who is who, the way in (offers, enrolment, invitations), and the
client's own work (goals, journal, check-ins, homework, feedback, sessions)."""

from .enrolment import Enrolment, EnrolPage, Offer
from .invitations import Invitation
from .measures import MeasureAssignment, MeasureResponse, Questionnaire, RiskAlert
from .profiles import ClientProfile, CoachProfile
from .work import (
    AccessEvent,
    CheckIn,
    CoachingSession,
    CopingStrategy,
    Feedback,
    Goal,
    GoalStep,
    Homework,
    JournalEntry,
    MeasureValue,
    Prompt,
)

__all__ = [
    "AccessEvent",
    "CheckIn",
    "ClientProfile",
    "CoachProfile",
    "CoachingSession",
    "CopingStrategy",
    "EnrolPage",
    "Enrolment",
    "Feedback",
    "Goal",
    "GoalStep",
    "Homework",
    "Invitation",
    "JournalEntry",
    "MeasureAssignment",
    "MeasureResponse",
    "MeasureValue",
    "Offer",
    "Prompt",
    "Questionnaire",
    "RiskAlert",
]

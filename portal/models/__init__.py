"""The portal's tables: who is who, the way in (invitations), and the client's own work
(goals, journal, check-ins, homework, measures, feedback, sessions)."""

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
    "Feedback",
    "Goal",
    "GoalStep",
    "Homework",
    "Invitation",
    "JournalEntry",
    "MeasureAssignment",
    "MeasureResponse",
    "MeasureValue",
    "Prompt",
    "Questionnaire",
    "RiskAlert",
]

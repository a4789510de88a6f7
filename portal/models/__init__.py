"""The portal's tables: who is who, the way in (invitations), and the client's own work
(goals, journal, check-ins, homework, measures, feedback, sessions), messages and
appointments."""

from .appointments import Appointment, Availability, BookingSettings, CalendarFeed, TimeOff
from .invitations import Invitation
from .measures import MeasureAssignment, MeasureResponse, Questionnaire, RiskAlert
from .messages import Message
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
    "Appointment",
    "Availability",
    "BookingSettings",
    "CalendarFeed",
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
    "Message",
    "Prompt",
    "Questionnaire",
    "RiskAlert",
    "TimeOff",
]

"""Test factories for portal people, invitations and the client's work."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from accounts.factories import UserFactory, add_groups

from .models import (
    CheckIn,
    ClientProfile,
    CoachProfile,
    CopingStrategy,
    Feedback,
    Goal,
    Homework,
    Invitation,
    JournalEntry,
)


def in_group(name):
    return factory.PostGeneration(
        lambda user, create, extracted, **kwargs: add_groups(user, create, extracted or [name])
    )


class CoachUserFactory(UserFactory):
    groups = in_group("Coaches")


class ClientUserFactory(UserFactory):
    groups = in_group("Clients")


class CoachFactory(DjangoModelFactory):
    """A coach profile, on a user in the Coaches group."""

    user = factory.SubFactory(CoachUserFactory)

    class Meta:
        model = CoachProfile


class ClientFactory(DjangoModelFactory):
    """A client profile with a coach of their own, on a user in the Clients group."""

    user = factory.SubFactory(ClientUserFactory)
    coach = factory.SubFactory(CoachFactory)

    class Meta:
        model = ClientProfile


class InvitationFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"invited{n}@example.com")
    name = "Robin Ash"
    role = Invitation.Role.CLIENT
    coach = factory.SubFactory(CoachFactory)
    sent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Invitation


class GoalFactory(DjangoModelFactory):
    client = factory.SubFactory(ClientFactory)
    title = "Sleep before midnight on weeknights"
    area = Goal.Area.HEALTH
    why = "Mornings go better when I have slept."

    class Meta:
        model = Goal


class JournalEntryFactory(DjangoModelFactory):
    client = factory.SubFactory(ClientFactory)
    title = factory.Sequence(lambda n: f"Entry {n}")
    body = "Today was steadier than last week."
    mood = 6

    class Meta:
        model = JournalEntry


class CheckInFactory(DjangoModelFactory):
    client = factory.SubFactory(ClientFactory)
    mood = 6
    distress = 3
    note = "A calmer day."

    class Meta:
        model = CheckIn


class CopingStrategyFactory(DjangoModelFactory):
    client = factory.SubFactory(ClientFactory)
    name = "A walk before lunch"

    class Meta:
        model = CopingStrategy


class HomeworkFactory(DjangoModelFactory):
    client = factory.SubFactory(ClientFactory)
    coach = factory.SelfAttribute("client.coach")
    title = "Write down three things that went well each evening"
    due_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=3))

    class Meta:
        model = Homework


class FeedbackFactory(DjangoModelFactory):
    client = factory.SubFactory(ClientFactory)
    author = factory.SelfAttribute("client.coach.user")
    body = "That was a brave thing to write down."

    class Meta:
        model = Feedback

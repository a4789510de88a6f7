"""What a client keeps in the portal: goals and their steps and measures, journal entries,
check-ins, homework, coach feedback and sessions.

Every free-text field is an EncryptedTextField (DESIGN.md rule 4). Nothing here is shown
in the Wagtail admin (rule 3); every query goes through portal/access.py (rule 1).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from ..fields import EncryptedTextField, PrivateModel
from .profiles import ClientProfile, CoachProfile
from .querysets import ActiveQuerySet, ClientDataQuerySet, SharedDataQuerySet

MOOD = [MinValueValidator(1), MaxValueValidator(10)]
DISTRESS = [MinValueValidator(0), MaxValueValidator(10)]


class Goal(PrivateModel):
    """Something a client wants to change, said the SMART way, with steps and a measure."""

    class Area(models.TextChoices):
        BEHAVIOUR = "behaviour", "Changing a behaviour"
        RELATIONSHIPS = "relationships", "Relationships"
        COPING = "coping", "Coping"
        DECISIONS = "decisions", "Decision-making"
        GROWTH = "growth", "Personal development"
        CAREER = "career", "Career"
        HEALTH = "health", "Health"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        ACHIEVED = "achieved", "Achieved"
        PAUSED = "paused", "Paused"
        DROPPED = "dropped", "Dropped"

    class Direction(models.TextChoices):
        UP = "up", "Higher is better"
        DOWN = "down", "Lower is better"

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="goals")
    title = EncryptedTextField()
    area = models.CharField(max_length=20, choices=Area.choices, default=Area.OTHER)
    why = EncryptedTextField("why it matters", blank=True)
    # SMART
    specific = EncryptedTextField("what exactly", blank=True)
    measurable = EncryptedTextField("how you will know", blank=True)
    achievable = EncryptedTextField("why it is within reach", blank=True)
    relevant = EncryptedTextField("how it fits your life", blank=True)
    target_date = models.DateField("by when", null=True, blank=True)
    # An optional number to follow, e.g. study hours a week
    measure_unit = EncryptedTextField("what you count", blank=True)
    measure_target = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    measure_direction = models.CharField(
        max_length=4, choices=Direction.choices, default=Direction.UP
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ClientDataQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return "Goal"  # never the title: __str__ ends up in logs and admin messages

    def progress(self, steps=None, values=None):
        """Percent done: from the measure when it has a target and values, else the steps.

        Pass prefetched steps and values (oldest first) to avoid queries.
        """
        steps = list(self.steps.all()) if steps is None else steps
        values = list(self.measure_values.all()) if values is None else values
        if self.measure_target is not None and values:
            return measure_progress(values, self.measure_target, self.measure_direction)
        if steps:
            return round(100 * sum(1 for step in steps if step.done_at) / len(steps))
        return 100 if self.status == self.Status.ACHIEVED else 0


def measure_progress(values, target, direction):
    latest = values[-1].value
    if direction == Goal.Direction.UP:
        return clamp(100 * latest / target) if target else 100
    start = values[0].value
    if start <= target:
        return 100 if latest <= target else 0
    return clamp(100 * (start - latest) / (start - target))


def clamp(percent):
    return int(max(Decimal(0), min(Decimal(100), percent)))


class GoalStep(PrivateModel):
    """A milestone or action step, ticked off when done."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="steps")
    text = EncryptedTextField()
    position = models.PositiveSmallIntegerField(default=0)
    done_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "created"]


class MeasureValue(models.Model):
    """One reading of a goal's measure: a number on a day (no text, nothing to encrypt)."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="measure_values")
    value = models.DecimalField(max_digits=8, decimal_places=2)
    date = models.DateField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "created"]

    def __str__(self):
        return f"{self.value} on {self.date:%d %b %Y}"


class Prompt(models.Model):
    """A question to start a journal entry from; the owner edits the library in the admin."""

    class Kind(models.TextChoices):
        REFLECTION = "reflection", "Self-reflection"
        MIRACLE = "miracle", "Miracle question"
        GRATITUDE = "gratitude", "Noticing what went well"
        COPING = "coping", "Coping"

    text = models.TextField()
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REFLECTION)
    active = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text[:80]


class JournalEntry(PrivateModel):
    """A journal entry: shared with the coach by default, private at the client's word."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="entries")
    title = EncryptedTextField()
    body = EncryptedTextField()
    mood = models.PositiveSmallIntegerField(null=True, blank=True, validators=MOOD)
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="entries"
    )
    prompt = models.ForeignKey(
        Prompt, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    shared = models.BooleanField("share with my coach", default=True)
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    edited = models.DateTimeField(auto_now=True)

    objects = SharedDataQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name_plural = "journal entries"


class CopingStrategy(PrivateModel):
    """One of the client's own ways of coping, to tick in a check-in."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="coping")
    name = EncryptedTextField()
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientDataQuerySet.as_manager()

    class Meta:
        ordering = ["created"]


class CheckIn(PrivateModel):
    """A quick note of how things are: mood, distress, setbacks, coping used."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="checkins")
    mood = models.PositiveSmallIntegerField(validators=MOOD)
    distress = models.PositiveSmallIntegerField(validators=DISTRESS)
    setbacks = models.PositiveSmallIntegerField(default=0)
    coping_used = models.ManyToManyField(CopingStrategy, blank=True, related_name="+")
    note = EncryptedTextField(blank=True)
    shared = models.BooleanField("share with my coach", default=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = SharedDataQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]


class Homework(PrivateModel):
    """Something the coach asks the client to try before the next session."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="homework")
    coach = models.ForeignKey(
        CoachProfile, null=True, on_delete=models.SET_NULL, related_name="homework_set"
    )
    title = EncryptedTextField()
    instructions = EncryptedTextField(blank=True)
    due_date = models.DateField(null=True, blank=True)
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="homework"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    reflection = EncryptedTextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientDataQuerySet.as_manager()

    class Meta:
        ordering = ["done_at", "due_date", "created"]
        verbose_name_plural = "homework"


class Feedback(PrivateModel):
    """A message in the thread under a goal or a journal entry: the coach's, or the reply."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.CASCADE, related_name="feedback"
    )
    entry = models.ForeignKey(
        JournalEntry, null=True, blank=True, on_delete=models.CASCADE, related_name="feedback"
    )
    body = EncryptedTextField()
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientDataQuerySet.as_manager()

    class Meta:
        ordering = ["created"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(goal__isnull=False, entry__isnull=True)
                | models.Q(goal__isnull=True, entry__isnull=False),
                name="feedback_on_one_thing",
            )
        ]


class CoachingSession(PrivateModel):
    """A session that took place: a summary the client sees, notes only the coach sees."""

    class Kind(models.TextChoices):
        COACHING = "coaching", "Coaching"
        COUNSELLING = "counselling", "Counselling"
        BOOSTER = "booster", "Booster"
        FOLLOW_UP = "follow-up", "Follow-up"

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="sessions")
    coach = models.ForeignKey(
        CoachProfile, null=True, on_delete=models.SET_NULL, related_name="sessions"
    )
    date = models.DateField()
    duration_minutes = models.PositiveSmallIntegerField(default=50)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.COACHING)
    summary = EncryptedTextField(blank=True)
    private_notes = EncryptedTextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientDataQuerySet.as_manager()

    class Meta:
        ordering = ["-date"]


class AccessEvent(models.Model):
    """A coach opened some of a client's data: the client sees every one (rule 5)."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="access")
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    what = models.CharField(max_length=40)  # "your journal", "a goal": never the content
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientDataQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.what}, {self.created:%d %b %Y %H:%M}"

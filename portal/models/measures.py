"""Outcome measures: standard questionnaires (PHQ-9, GAD-7 …) defined as data, assigned by
a coach, answered by the client, scored, and watched for risk."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from ..fields import EncryptedTextField, PrivateModel
from .profiles import ClientProfile, CoachProfile
from .querysets import ActiveQuerySet, AssignmentQuerySet, ClientDataQuerySet, RiskAlertQuerySet


def valid_options(options):
    return (
        isinstance(options, list)
        and len(options) >= 2
        and all(
            isinstance(o, dict)
            and str(o.get("label", "")).strip()
            and isinstance(o.get("value"), int)
            and not isinstance(o.get("value"), bool)
            and o["value"] >= 0
            for o in options
        )
    )


class Questionnaire(models.Model):
    """A published measure, stored as data so a practice can add another licensed one
    (CORE-10, say) in the admin without new code. Items and options must be entered
    exactly as published: a changed instrument is no longer valid."""

    code = models.SlugField(max_length=20, unique=True)
    name = models.CharField(max_length=100)
    stem = models.TextField(help_text="The question the items answer, as published.")
    # [{"text": "...", "scored": true}, ...] in published order
    items = models.JSONField()
    # [{"label": "Not at all", "value": 0}, ...]
    options = models.JSONField()
    # An unscored question asked after the items, as some measures publish it (optional)
    extra_question = models.TextField(blank=True)
    extra_options = models.JSONField(default=list, blank=True)
    # [{"min": 0, "max": 4, "label": "Minimal"}, ...]
    bands = models.JSONField()
    clinical_cutoff = models.PositiveSmallIntegerField(
        help_text="Scores at or above this are in the clinical range (for recovery)."
    )
    reliable_change = models.PositiveSmallIntegerField(
        help_text="The smallest change from the first score that counts as reliable."
    )
    risk_item = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Item number (from 1) whose answer above the lowest option means risk.",
    )
    attribution = models.TextField()
    active = models.BooleanField(default=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        """A malformed measure would break every client's form: refuse it here."""
        errors = {}
        if (
            not isinstance(self.items, list)
            or not self.items
            or not all(
                isinstance(item, dict) and str(item.get("text", "")).strip() for item in self.items
            )
        ):
            errors["items"] = (
                'A list of items, each like {"text": "…"} (add "scored": false to skip one).'
            )
        for name in ("options", "extra_options"):
            options = getattr(self, name)
            if name == "extra_options" and not self.extra_question and not options:
                continue
            if not valid_options(options):
                errors[name] = 'A list of answers, each like {"label": "Not at all", "value": 0}.'
        if not errors:
            errors.update(self.band_errors())
            if self.risk_item and not 1 <= self.risk_item <= len(self.items):
                errors["risk_item"] = f"Choose an item from 1 to {len(self.items)}."
        if self.reliable_change is not None and self.reliable_change < 1:
            errors["reliable_change"] = "A reliable change is at least 1 point."
        if errors:
            raise ValidationError(errors)

    def band_errors(self):
        bands = self.bands
        shape_ok = (
            isinstance(bands, list)
            and bands
            and all(
                isinstance(b, dict)
                and isinstance(b.get("min"), int)
                and isinstance(b.get("max"), int)
                and str(b.get("label", "")).strip()
                for b in bands
            )
        )
        if not shape_ok:
            return {"bands": 'A list of bands, each like {"min": 0, "max": 4, "label": "Minimal"}.'}
        expected = 0
        for band in sorted(bands, key=lambda b: b["min"]):
            if band["min"] != expected or band["max"] < band["min"]:
                return {
                    "bands": f"Bands must run from 0 to {self.max_score} without gaps or overlaps."
                }
            expected = band["max"] + 1
        if expected != self.max_score + 1:
            return {"bands": f"Bands must run from 0 to {self.max_score} without gaps or overlaps."}
        return {}

    @property
    def max_score(self):
        top = max(option["value"] for option in self.options)
        return top * sum(1 for item in self.items if item.get("scored", True))

    def score(self, answers):
        """The total of the scored items' answers (a list of option values, item order)."""
        return sum(
            answer
            for item, answer in zip(self.items, answers, strict=True)
            if item.get("scored", True)
        )

    def band(self, score):
        for band in self.bands:
            if band["min"] <= score <= band["max"]:
                return band["label"]
        return ""

    def flags_risk(self, answers):
        if not self.risk_item:
            return False
        lowest = min(option["value"] for option in self.options)
        return answers[self.risk_item - 1] > lowest

    def change(self, first, latest):
        """How the latest score compares with the first: the NHS Talking Therapies terms."""
        if first is None or latest is None:
            return {}
        difference = latest - first
        return {
            "difference": difference,
            "size": abs(difference),
            "reliable_improvement": difference <= -self.reliable_change,
            "reliable_deterioration": difference >= self.reliable_change,
            "recovered": first >= self.clinical_cutoff > latest,
            "started_in_clinical_range": first >= self.clinical_cutoff,
        }


class MeasureAssignment(PrivateModel):
    """A coach asks a client to complete a measure: once, or again and again."""

    class Frequency(models.TextChoices):
        ONCE = "once", "Once"
        BEFORE_SESSION = "session", "Before every session"
        WEEKLY = "weekly", "Every week"
        FORTNIGHTLY = "fortnightly", "Every two weeks"

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="assignments")
    coach = models.ForeignKey(
        CoachProfile, null=True, on_delete=models.SET_NULL, related_name="assignments"
    )
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.PROTECT, related_name="+")
    frequency = models.CharField(max_length=12, choices=Frequency.choices, default=Frequency.ONCE)
    active = models.BooleanField(default=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["created"]


class MeasureResponse(PrivateModel):
    """One completed questionnaire: the answers sealed, the score kept for charts."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="responses")
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.PROTECT, related_name="+")
    assignment = models.ForeignKey(
        MeasureAssignment, null=True, on_delete=models.SET_NULL, related_name="responses"
    )
    answers = EncryptedTextField()  # JSON: the option values in item order, then the extra
    score = models.PositiveSmallIntegerField()
    risk = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    objects = ClientDataQuerySet.as_manager()

    class Meta:
        ordering = ["created"]

    @property
    def band(self):
        return self.questionnaire.band(self.score)


class RiskAlert(models.Model):
    """A client answered the risk item above "not at all": the coach must make contact.
    Stays at the top of the coach's dashboard until they acknowledge it."""

    client = models.ForeignKey(ClientProfile, on_delete=models.CASCADE, related_name="risk_alerts")
    response = models.OneToOneField(MeasureResponse, on_delete=models.CASCADE, related_name="alert")
    created = models.DateTimeField(auto_now_add=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = RiskAlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"Risk alert {self.created:%d %b %Y %H:%M}"

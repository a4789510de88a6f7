"""What an enrolment asks, shared by the model and the form (which imports no model)."""

from django.db import models


class Service(models.TextChoices):
    COACHING = "coaching", "Coaching"
    COUNSELLING = "counselling", "Counselling"
    NOT_SURE = "not-sure", "Not sure yet"


class Times(models.TextChoices):
    MORNINGS = "weekday-mornings", "Weekday mornings"
    AFTERNOONS = "weekday-afternoons", "Weekday afternoons"
    EVENINGS = "weekday-evenings", "Weekday evenings"
    WEEKENDS = "weekends", "Weekends"

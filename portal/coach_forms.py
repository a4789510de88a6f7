"""Forms a coach fills in: feedback, homework and session records."""

from django import forms
from django.utils import timezone

from . import access
from .client_forms import LONG, SHORT, PlainForm, PortalForm, limit, text_input
from .models import CoachingSession, Homework, MeasureAssignment


class FeedbackForm(PlainForm):
    body = forms.CharField(
        label="Your feedback",
        max_length=LONG,
        help_text="The client is emailed that there is feedback; the email does not quote it.",
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": LONG}),
    )


class HomeworkForm(PortalForm):
    class Meta:
        model = Homework
        fields = ["title", "instructions", "due_date", "goal"]
        labels = {"goal": "For a goal (optional)"}
        widgets = {
            "title": text_input(),
            "instructions": forms.Textarea(attrs={"rows": 4, "maxlength": LONG}),
            "due_date": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, goals, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = goals
        self.fields["goal"].label_from_instance = lambda goal: goal.title
        self.fields["goal"].empty_label = "Not for a goal"

    def clean_title(self):
        return limit(self.cleaned_data["title"], SHORT)

    def clean_instructions(self):
        return limit(self.cleaned_data.get("instructions", ""), LONG)


class SessionForm(PortalForm):
    class Meta:
        model = CoachingSession
        fields = ["date", "duration_minutes", "kind", "summary", "private_notes"]
        labels = {
            "duration_minutes": "Minutes",
            "summary": "Summary (the client sees this)",
            "private_notes": "Private notes (only you see these)",
        }
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "duration_minutes": forms.NumberInput(attrs={"min": 5, "max": 240}),
            "summary": forms.Textarea(attrs={"rows": 4, "maxlength": LONG}),
            "private_notes": forms.Textarea(attrs={"rows": 4, "maxlength": LONG}),
        }

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError("Record a session once it has taken place.")
        if date.year < 2000:
            raise forms.ValidationError("Please check the year.")
        return date

    def clean_duration_minutes(self):
        minutes = self.cleaned_data["duration_minutes"]
        if not 5 <= minutes <= 240:
            raise forms.ValidationError("Give the length in minutes, from 5 to 240.")
        return minutes

    def clean_summary(self):
        return limit(self.cleaned_data.get("summary", ""), LONG)

    def clean_private_notes(self):
        return limit(self.cleaned_data.get("private_notes", ""), LONG)


class AssignMeasureForm(PortalForm):
    class Meta:
        model = MeasureAssignment
        fields = ["questionnaire", "frequency"]
        labels = {"questionnaire": "Measure", "frequency": "How often"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questionnaire"].queryset = access.questionnaires()
        self.fields["questionnaire"].empty_label = "Choose a measure"

"""Forms a client fills in: goals, steps, measures, journal entries, check-ins, homework,
replies to feedback. They validate lengths and ranges; the views do the rest."""

import datetime

from django import forms
from django.utils import timezone

from . import access
from .models import CheckIn, Goal, Homework, JournalEntry

SHORT = 200
LONG = 10_000


class PortalForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class PlainForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


def text_input(max_length=SHORT):
    return forms.TextInput(attrs={"maxlength": max_length})


def scale(low, high, label, required=True):
    return forms.TypedChoiceField(
        label=label,
        choices=[(n, str(n)) for n in range(low, high + 1)],
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "scale"}),
        required=required,
        empty_value=None,
    )


class GoalForm(PortalForm):
    new_steps = forms.CharField(
        label="Steps to get there (optional)",
        required=False,
        max_length=LONG,
        help_text="One a line. You can tick them off, and add more, later.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    class Meta:
        model = Goal
        fields = [
            "title",
            "area",
            "why",
            "specific",
            "measurable",
            "achievable",
            "relevant",
            "target_date",
            "measure_unit",
            "measure_target",
            "measure_direction",
            "status",
        ]
        labels = {
            "title": "Your goal, in a few words",
            "measure_unit": "Something to count (optional)",
            "measure_target": "Target number (optional)",
            "measure_direction": "Which way is better?",
        }
        help_texts = {
            "specific": "What exactly will be different?",
            "measurable": "How will you, and others, notice the change?",
            "achievable": "What makes it within reach? What support do you have?",
            "relevant": "Why now, and how does it fit the rest of your life?",
            "measure_unit": "For example: hours of study a week, or nights of good sleep.",
        }
        widgets = {
            "title": text_input(),
            "measure_unit": text_input(100),
            "target_date": forms.DateInput(attrs={"type": "date"}),
            **{
                name: forms.Textarea(attrs={"rows": 3, "maxlength": LONG})
                for name in ("why", "specific", "measurable", "achievable", "relevant")
            },
        }

    def clean_title(self):
        return limit(self.cleaned_data["title"], SHORT)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("measure_target") is not None and not cleaned.get("measure_unit"):
            self.add_error("measure_unit", "Say what the target number counts.")
        for name in ("why", "specific", "measurable", "achievable", "relevant", "measure_unit"):
            if cleaned.get(name):
                cleaned[name] = limit(cleaned[name], LONG)
        return cleaned

    def steps(self):
        lines = self.cleaned_data.get("new_steps", "").splitlines()
        return [line.strip()[:SHORT] for line in lines if line.strip()]


def limit(text, length):
    text = text.strip()
    if len(text) > length:
        raise forms.ValidationError(f"Please keep this under {length:,} characters.")
    return text


class StepForm(PlainForm):
    text = forms.CharField(label="New step", max_length=SHORT, widget=text_input())


class MeasureValueForm(PlainForm):
    value = forms.DecimalField(label="Number", max_digits=8, decimal_places=2, min_value=0)
    date = forms.DateField(
        label="On", initial=datetime.date.today, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError("That date is still to come.")
        return date


class JournalEntryForm(PortalForm):
    mood = scale(1, 10, "Mood, from 1 (very low) to 10 (very good) (optional)", required=False)

    class Meta:
        model = JournalEntry
        fields = ["title", "body", "mood", "goal", "prompt", "shared"]
        labels = {"body": "Your entry", "goal": "About a goal (optional)"}
        help_texts = {
            "shared": "Your coach can read shared entries. Untick to keep this one to yourself."
        }
        widgets = {
            "title": text_input(),
            "body": forms.Textarea(attrs={"rows": 12, "maxlength": LONG}),
            "prompt": forms.HiddenInput,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = access.goals_for(user)
        self.fields["goal"].label_from_instance = lambda goal: goal.title
        self.fields["goal"].empty_label = "Not about a goal"
        self.fields["prompt"].queryset = access.prompts()

    def clean_title(self):
        return limit(self.cleaned_data["title"], SHORT)

    def clean_body(self):
        return limit(self.cleaned_data["body"], LONG)


class CheckInForm(PortalForm):
    mood = scale(1, 10, "Mood today, from 1 (very low) to 10 (very good)")
    distress = scale(
        0, 10, "How strong are distressing thoughts, from 0 (none) to 10 (overwhelming)?"
    )
    new_coping = forms.CharField(
        label="Something else that helped (optional)",
        required=False,
        max_length=100,
        help_text="Added to your list for next time.",
        widget=text_input(100),
    )

    class Meta:
        model = CheckIn
        fields = ["mood", "distress", "setbacks", "coping_used", "note", "shared"]
        labels = {
            "setbacks": "Setbacks since your last check-in",
            "coping_used": "What did you use to cope?",
            "note": "Anything to add (optional)",
        }
        widgets = {
            "setbacks": forms.NumberInput(attrs={"min": 0, "max": 99}),
            "coping_used": forms.CheckboxSelectMultiple,
            "note": forms.Textarea(attrs={"rows": 3, "maxlength": LONG}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coping_used"].queryset = access.coping_for(user)
        self.fields["coping_used"].label_from_instance = lambda strategy: strategy.name
        self.fields["setbacks"].max_value = 99

    def clean_setbacks(self):
        setbacks = self.cleaned_data["setbacks"]
        if setbacks > 99:
            raise forms.ValidationError("Please give a number from 0 to 99.")
        return setbacks

    def clean_note(self):
        return limit(self.cleaned_data.get("note", ""), LONG)


class HomeworkDoneForm(PortalForm):
    class Meta:
        model = Homework
        fields = ["reflection"]
        labels = {"reflection": "How did it go? (optional)"}
        help_texts = {"reflection": "Your coach sees this, to talk it over at your next session."}
        widgets = {"reflection": forms.Textarea(attrs={"rows": 4, "maxlength": LONG})}

    def clean_reflection(self):
        return limit(self.cleaned_data.get("reflection", ""), LONG)


class ReplyForm(PlainForm):
    body = forms.CharField(
        label="Your reply",
        max_length=LONG,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": LONG}),
    )


class CopingForm(PlainForm):
    name = forms.CharField(label="A way of coping that works for you", max_length=100)


class QuestionnaireForm(PlainForm):
    """Every item of a measure as a group of radio buttons, in published order."""

    def __init__(self, *args, questionnaire, **kwargs):
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        choices = [(option["value"], option["label"]) for option in questionnaire.options]
        for number, item in enumerate(questionnaire.items, start=1):
            self.fields[f"item_{number}"] = forms.TypedChoiceField(
                label=f"{number}. {item['text']}",
                choices=choices,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": "Please choose an answer for this one."},
            )
        if questionnaire.extra_question:
            self.fields["extra"] = forms.TypedChoiceField(
                label=questionnaire.extra_question,
                choices=[(o["value"], o["label"]) for o in questionnaire.extra_options],
                coerce=int,
                widget=forms.RadioSelect,
                required=False,
                empty_value=None,
            )

    def clean(self):
        cleaned = super().clean()
        missing = [name for name in self.fields if name.startswith("item_") and name in self.errors]
        if missing:
            raise forms.ValidationError(
                f"{len(missing)} question{'s are' if len(missing) > 1 else ' is'} still to answer; "
                "your other answers are kept."
            )
        return cleaned

    def answers(self):
        return [self.cleaned_data[f"item_{n}"] for n in range(1, len(self.questionnaire.items) + 1)]


class MessageForm(PlainForm):
    body = forms.CharField(
        label="Your message",
        max_length=LONG,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": LONG}),
    )

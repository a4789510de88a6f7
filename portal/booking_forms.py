"""Forms for booking: a client's own time zone, a coach's weekly hours, session length
and time off."""

from functools import cache
from zoneinfo import available_timezones

from django import forms
from django.conf import settings
from django.utils import timezone

from .client_forms import PortalForm
from .models import Availability, ClientProfile, CoachProfile, TimeOff


@cache
def zone_choices():
    zones = sorted(zone for zone in available_timezones() if "/" in zone and "Etc" not in zone)
    named = [(zone, zone.replace("_", " ")) for zone in zones]
    return [("", f"The practice's ({settings.TIME_ZONE})"), *named]


class TimeZoneForm(PortalForm):
    """Where the client is, so times are shown on their own clock too."""

    time_zone = forms.ChoiceField(
        label="Your time zone",
        required=False,
        help_text="Times are always shown in the practice's zone; also in yours if it differs.",
    )

    class Meta:
        model = ClientProfile
        fields = ["time_zone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = zone_choices()

    def clean_time_zone(self):
        zone = self.cleaned_data["time_zone"]
        if zone and zone not in available_timezones():
            raise forms.ValidationError("Choose a time zone from the list.")
        return zone


class AvailabilityForm(PortalForm):
    class Meta:
        model = Availability
        fields = ["weekday", "starts", "ends"]
        labels = {"weekday": "Day", "starts": "From", "ends": "Until"}
        widgets = {
            "starts": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "ends": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def __init__(self, *args, existing=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.existing = existing

    def clean(self):
        data = super().clean()
        weekday, starts, ends = data.get("weekday"), data.get("starts"), data.get("ends")
        if starts and ends and ends <= starts:
            self.add_error("ends", "End after the start, on the same day.")
        elif weekday is not None and starts and ends:
            for window in self.existing:
                if window.weekday == weekday and window.starts < ends and starts < window.ends:
                    self.add_error("starts", f"This overlaps {window}.")
                    break
        return data


class SessionRulesForm(PortalForm):
    class Meta:
        model = CoachProfile
        fields = ["session_minutes", "break_minutes", "reply_days"]
        widgets = {
            "break_minutes": forms.NumberInput(attrs={"min": 0, "max": 120}),
            "reply_days": forms.NumberInput(attrs={"min": 1, "max": 14}),
        }

    def clean_break_minutes(self):
        minutes = self.cleaned_data["break_minutes"]
        if minutes > 120:
            raise forms.ValidationError("Give a break of up to 120 minutes.")
        return minutes

    def clean_reply_days(self):
        days = self.cleaned_data["reply_days"]
        if not 1 <= days <= 14:
            raise forms.ValidationError("Give a number of working days from 1 to 14.")
        return days


class TimeOffForm(PortalForm):
    class Meta:
        model = TimeOff
        fields = ["first_day", "last_day"]
        labels = {"first_day": "First day away", "last_day": "Last day away"}
        widgets = {
            "first_day": forms.DateInput(attrs={"type": "date"}),
            "last_day": forms.DateInput(attrs={"type": "date"}),
        }

    def clean(self):
        data = super().clean()
        first, last = data.get("first_day"), data.get("last_day")
        if first and first < timezone.localdate():
            self.add_error("first_day", "Choose today or a later day.")
        if first and last and last < first:
            self.add_error("last_day", "The last day cannot be before the first.")
        return data

"""Session times as each reader's clock shows them."""

from zoneinfo import ZoneInfo

from django import template
from django.conf import settings

register = template.Library()


@register.filter
def in_zone(moment, zone_name=""):
    """A UTC moment as the wall clock of `zone_name` shows it (the practice's zone when
    empty). Naive on purpose: Django's date filter would turn an aware one back to the
    practice's zone."""
    if moment is None:
        return None
    return moment.astimezone(ZoneInfo(zone_name or settings.TIME_ZONE)).replace(tzinfo=None)


@register.filter
def zone_label(zone_name=""):
    """How people name a zone's clock: "London time", "New York time"."""
    key = zone_name or settings.TIME_ZONE
    return key.rsplit("/", 1)[-1].replace("_", " ") + " time"

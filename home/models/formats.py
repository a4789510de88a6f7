"""How sessions can happen: shared by practitioners and services."""

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel

FORMATS = [("online", "Online"), ("in_person", "In person"), ("by_phone", "By phone")]


class SessionFormats(models.Model):
    """Three ticks rather than a list field, so SQLite and PostgreSQL store them alike."""

    online = models.BooleanField(default=True)
    in_person = models.BooleanField("in person", default=True)
    by_phone = models.BooleanField("by phone", default=False)

    formats_panel = FieldRowPanel(
        [FieldPanel(name) for name, _ in FORMATS], heading="Sessions can happen"
    )

    class Meta:
        abstract = True

    def format_labels(self):
        return [label for name, label in FORMATS if getattr(self, name)]

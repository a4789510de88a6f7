"""Every time someone opens a client's data, the client can see it (rule 5).

A coach moving through a client's pages leaves a record per page; the client reads them
as visits ("Cara Lane viewed your overview and a goal, 3 Nov 2026, 14:05–14:12").
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.text import get_text_list

from .models import AccessEvent

# Records further apart than this, or by someone else, belong to separate visits.
VISIT_GAP = timedelta(minutes=30)

# What each kind of record (AccessEvent.what) is called once, and when opened again.
KINDS = {
    "your overview": ("your overview", "your overview"),
    "a journal entry": ("a journal entry", "journal entries"),
    "a goal": ("a goal", "goals"),
    "your goals, to set homework": ("your goals to set homework", "your goals to set homework"),
    "your messages": ("your messages", "your messages"),
    "your appointments": ("your appointments", "your appointments"),
}


def record_access(viewer, client, what):
    """Note that someone opened a client's data; the client sees the list."""
    AccessEvent.objects.create(client=client, viewer=viewer, what=what)


def record_accesses(viewer, clients, what):
    """The same for several clients at once (a coach's diary), in one query."""
    AccessEvent.objects.bulk_create(
        AccessEvent(client=client, viewer=viewer, what=what) for client in clients
    )


@dataclass
class Visit:
    """One viewer's records with no long pause between them, newest first."""

    viewer: object
    events: list = field(default_factory=list)

    @property
    def who(self):
        if self.viewer is None:
            return "A former coach"
        return self.viewer.get_full_name() or self.viewer.email

    @property
    def what(self):
        """Each kind once, in the order first opened, with how often if more than once."""
        counts = {}
        for event in reversed(self.events):
            counts[event.what] = counts.get(event.what, 0) + 1
        parts = []
        for what, count in counts.items():
            once, again = KINDS.get(what, (what, what))
            parts.append(once if count == 1 else f"{again} ({count} times)")
        return get_text_list(parts, "and")

    @property
    def when(self):
        start = timezone.localtime(self.events[-1].created)
        end = timezone.localtime(self.events[0].created)
        if start.date() != end.date():
            return f"{format_date(start, 'j M Y, H:i')} – {format_date(end, 'j M Y, H:i')}"
        times = format_date(start, "H:i")
        if format_date(end, "H:i") != times:
            times += "–" + format_date(end, "H:i")
        return f"{format_date(start, 'j M Y')}, {times}"


def visits(events, gap=VISIT_GAP):
    """Group records (newest first) into visits: the same viewer, pauses under `gap`."""
    grouped = []
    for event in events:
        current = grouped[-1] if grouped else None
        if (
            current is None
            or current.events[-1].viewer_id != event.viewer_id
            or current.events[-1].created - event.created >= gap
        ):
            current = Visit(viewer=event.viewer)
            grouped.append(current)
        current.events.append(event)
    return grouped

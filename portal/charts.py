"""Line charts drawn on the server as SVG: no JavaScript, no third party (rule 9).

Each chart comes with its numbers as a table in the page, for screen readers and print.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 36, 12, 12, 28


@dataclass
class Series:
    name: str
    css: str
    points: list  # [(datetime or date, number)], oldest first


def local(moment):
    """Dates as they are; times in the site's time zone, as the tables beside charts show."""
    return timezone.localtime(moment) if isinstance(moment, datetime) else moment


def line_chart(series, *, low, high, title):
    """Geometry for `portal/includes/line_chart.html`, or None when there is nothing to draw."""
    moments = [moment for s in series for moment, _ in s.points]
    if not moments:
        return None
    first, last = min(moments), max(moments)
    span = (last - first).total_seconds() or 1
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(moment):
        if first == last:
            return LEFT + inner_w / 2
        return LEFT + inner_w * (moment - first).total_seconds() / span

    def y(value):
        return TOP + inner_h * (1 - (float(value) - low) / ((high - low) or 1))

    lines = []
    for s in series:
        dots = [
            (round(x(m), 1), round(y(v), 1), f"{float(v):g} on {local(m):%d %b}")
            for m, v in s.points
        ]
        lines.append(
            {
                "name": s.name,
                "css": s.css,
                "path": " ".join(f"{dx},{dy}" for dx, dy, _ in dots),
                "dots": dots,
            }
        )
    step = max(1, round((high - low) / 5))
    y_ticks = [(round(y(value), 1), value) for value in range(int(low), int(high) + 1, step)]
    x_ticks = [(round(x(first), 1), f"{local(first):%d %b}", "start")]
    if last != first:
        x_ticks.append((round(x(last), 1), f"{local(last):%d %b}", "end"))
    return {
        "title": title,
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM,
        "label_y": HEIGHT - 8,
        "lines": lines,
        "y_ticks": y_ticks,
        "x_ticks": x_ticks,
    }


def checkin_chart(checkins, title):
    """Mood and distress of check-ins (oldest first) on one 0-10 chart."""
    return line_chart(
        [
            Series("Mood", "line--mood", [(c.created, c.mood) for c in checkins]),
            Series("Distress", "line--distress", [(c.created, c.distress) for c in checkins]),
        ],
        low=0,
        high=10,
        title=title,
    )

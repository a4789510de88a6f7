"""Line charts drawn on the server as SVG: no JavaScript, no third party (rule 9).

Each chart comes with its numbers as a table in the page, for screen readers and print.
The drawing is only 360 units wide so that its 12-unit labels stay readable (at least 11 px)
when a phone shrinks it to the width of its screen; dates sit where they fall in time.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

WIDTH, HEIGHT = 360, 180
LEFT, RIGHT, TOP, BOTTOM = 26, 22, 10, 24
FONT_SIZE = 12
DATE_FORMAT = "%d %b"
# A label such as "02 Dec" is about 3.6 font sizes wide; ends are anchored at their edge, so
# neighbouring labels need one and a half widths between their anchors, plus a gap.
LABEL_WIDTH = FONT_SIZE * 3.6
LABEL_SPACING = LABEL_WIDTH * 1.5 + FONT_SIZE


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
    x_ticks = [
        (round(x(moment), 1), f"{local(moment):{DATE_FORMAT}}", anchor)
        for moment, anchor in date_ticks(first, last, inner_w)
    ]
    return {
        "title": title,
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM,
        "label_y": HEIGHT - 6,
        "font_size": FONT_SIZE,
        "lines": lines,
        "y_ticks": y_ticks,
        "x_ticks": x_ticks,
    }


def date_ticks(first, last, inner_w):
    """Moments to label along the time axis: evenly spaced, at least a day apart, and no more
    than fit side by side without touching."""
    if first == last:
        return [(first, "middle")]
    fit = int(inner_w // LABEL_SPACING) + 1
    days = int((last - first) / timedelta(days=1))
    count = max(2, min(fit, days + 1))
    gap = (last - first) / (count - 1)
    ticks = [(first + gap * k, "middle") for k in range(count)]
    ticks[0], ticks[-1] = (first, "start"), (last, "end")
    if f"{local(first):{DATE_FORMAT}}" == f"{local(last):{DATE_FORMAT}}":
        return [(first, "start")]
    return ticks


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

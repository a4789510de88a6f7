"""The server-drawn charts: time on the x axis as it passed, dates that can be read on a phone."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from portal import charts
from portal.charts import Series, line_chart
from portal.factories import CheckInFactory
from portal.models import CheckIn

PHONE_CHART_WIDTH = 390 - 2 * 16  # a 390 px screen less the page's side padding


def chart_of(days):
    start = date(2026, 1, 5)
    points = [(start + timedelta(days=d), 5) for d in days]
    return line_chart([Series("Mood", "line--mood", points)], low=0, high=10, title="Mood")


def label_boxes(chart):
    """Each date label's left and right edge, from its anchor and estimated width."""
    boxes = []
    for x, _, anchor in chart["x_ticks"]:
        left = {"start": x, "middle": x - charts.LABEL_WIDTH / 2, "end": x - charts.LABEL_WIDTH}
        boxes.append((left[anchor], left[anchor] + charts.LABEL_WIDTH))
    return boxes


def test_points_sit_where_their_dates_fall():
    xs = [x for x, _, _ in chart_of([0, 1, 11])["lines"][0]["dots"]]
    assert (xs[1] - xs[0]) * 10 == pytest.approx(xs[2] - xs[1], abs=0.5)


@pytest.mark.parametrize("days", [[0, 1], [0, 3], [0, 9, 30], list(range(0, 90, 3))])
def test_several_dates_are_labelled_and_none_overlap(days):
    chart = chart_of(days)
    boxes = label_boxes(chart)
    assert len(boxes) >= min(3, days[-1] + 1)
    assert all(a[1] < b[0] for a, b in zip(boxes, boxes[1:], strict=False))
    assert boxes[0][0] >= 0 and boxes[-1][1] <= chart["width"]
    assert len({label for _, label, _ in chart["x_ticks"]}) == len(boxes)


def test_one_day_gets_one_label():
    chart = chart_of([0])
    assert [label for _, label, _ in chart["x_ticks"]] == ["05 Jan"]


def test_labels_stay_readable_when_a_phone_shrinks_the_chart():
    chart = chart_of([0, 30])
    assert chart["font_size"] * PHONE_CHART_WIDTH / chart["width"] >= 11


@pytest.mark.django_db
def test_the_page_draws_the_chart_with_its_table(client, client_profile):
    client.force_login(client_profile.user)
    for days_ago in (40, 30, 29, 2):
        checkin = CheckInFactory(client=client_profile)
        CheckIn.objects.filter(pk=checkin.pk).update(
            created=timezone.now() - timedelta(days=days_ago)
        )
    html = client.get("/portal/check-ins/").content.decode()
    svg = re.search(r"<svg viewBox=\"0 0 (\d+) \d+\".*?</svg>", html, re.S)
    assert svg and int(svg.group(1)) == charts.WIDTH
    assert 'font-size="12"' in svg.group(0)
    assert svg.group(0).count('class="chart__label" x=') - 6 >= 3  # y-axis ticks 0..10 by 2
    assert "<table" in html

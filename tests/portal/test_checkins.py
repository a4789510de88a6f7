"""Check-ins: the quick form, the client's own coping list, and the SVG history."""

from datetime import UTC, timedelta

import pytest
from django.utils import timezone

from portal.factories import CheckInFactory, CopingStrategyFactory
from portal.models import CheckIn

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(client, client_profile):
    client.force_login(client_profile.user)
    return client_profile


def test_a_check_in_with_coping_used_and_a_new_strategy(client, sam):
    walk = CopingStrategyFactory(client=sam, name="A walk")
    response = client.post(
        "/portal/check-ins/new/",
        {
            "mood": "4",
            "distress": "7",
            "setbacks": "2",
            "coping_used": [walk.pk],
            "new_coping": "Calling my sister",
            "note": "Hard week.",
            "shared": "on",
        },
    )
    assert response["Location"] == "/portal/check-ins/"
    checkin = CheckIn.objects.get()
    assert (checkin.mood, checkin.distress, checkin.setbacks, checkin.note) == (
        4,
        7,
        2,
        "Hard week.",
    )
    assert sorted(s.name for s in checkin.coping_used.all()) == ["A walk", "Calling my sister"]
    assert sam.coping.count() == 2


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"mood": "0"}, "Select a valid choice."),
        ({"distress": "11"}, "Select a valid choice."),
        ({"setbacks": "-1"}, "greater than or equal to 0"),
        ({"setbacks": "100"}, "Please give a number from 0 to 99."),
    ],
)
def test_out_of_range_values_are_refused_and_the_note_kept(client, sam, fields, error):
    data = {"mood": "5", "distress": "5", "setbacks": "0", "note": "Keep me", **fields}
    html = client.post("/portal/check-ins/new/", data).content.decode()
    assert error in html and "Keep me" in html
    assert not CheckIn.objects.exists()


def test_someone_elses_coping_strategy_cannot_be_ticked(client, sam):
    other = CopingStrategyFactory()
    html = client.post(
        "/portal/check-ins/new/",
        {"mood": "5", "distress": "5", "setbacks": "0", "coping_used": [other.pk]},
    ).content.decode()
    assert "Select a valid choice." in html


def test_history_draws_charts_and_a_table(client, sam):
    for days_ago, mood in ((20, 3), (10, 5), (1, 7)):
        checkin = CheckInFactory(client=sam, mood=mood, distress=10 - mood)
        CheckIn.objects.filter(pk=checkin.pk).update(
            created=timezone.now() - timedelta(days=days_ago)
        )
    html = client.get("/portal/check-ins/").content.decode()
    assert html.count("<polyline") == 2
    assert 'role="img"' in html and "Mood: 3 on" in html
    assert "<table" in html and "<caption>Check-ins in the last 90 days" in html


def test_periods_and_empty_state(client, sam):
    checkin = CheckInFactory(client=sam)
    CheckIn.objects.filter(pk=checkin.pk).update(created=timezone.now() - timedelta(days=60))
    assert (
        "No check-ins in the last 30 days."
        in client.get("/portal/check-ins/?days=30").content.decode()
    )
    assert "<polyline" in client.get("/portal/check-ins/?days=365").content.decode()
    assert client.get("/portal/check-ins/?days=nonsense").status_code == 200


def test_coping_list_add_and_remove(client, sam):
    client.post("/portal/check-ins/coping/", {"name": "Breathing four-seven-eight"})
    strategy = sam.coping.get()
    assert strategy.name == "Breathing four-seven-eight"
    client.post(f"/portal/check-ins/coping/{strategy.pk}/delete/")
    assert not sam.coping.exists()


def test_chart_dates_are_in_the_sites_time_zone(settings):
    from datetime import datetime

    from portal.charts import Series, line_chart

    settings.TIME_ZONE = "Europe/London"
    late = datetime(2026, 6, 15, 23, 30, tzinfo=UTC)  # 00:30 on the 16th in London
    chart = line_chart([Series("Mood", "line--mood", [(late, 5)])], low=0, high=10, title="t")
    assert chart["lines"][0]["dots"][0][2] == "5 on 16 Jun"

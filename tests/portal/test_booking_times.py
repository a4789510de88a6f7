"""Weekly hours are wall-clock times in London: 09:00 stays 09:00 across the clock changes,
a time the clocks skip is not offered, one they pass twice means the first, and a client
in New York sees their own clock beside it while the two countries change on different
dates."""

from datetime import UTC, date, datetime, time

import pytest

from portal import booking
from portal.models import Appointment, Availability, BookingSettings
from portal.templatetags.booking_tags import in_zone

pytestmark = pytest.mark.django_db


@pytest.fixture
def mondays_at_nine(coach):
    Availability.objects.create(coach=coach, weekday=0, starts=time(9), ends=time(10))
    return coach


def starts(coach, now):
    return [slot.starts_at for slot in booking.free_slots(coach, now=now)]


@pytest.mark.parametrize(
    ("now", "winter_monday", "summer_monday"),
    [
        (datetime(2026, 3, 16, tzinfo=UTC), date(2026, 3, 23), date(2026, 3, 30)),
        (datetime(2027, 3, 15, tzinfo=UTC), date(2027, 3, 22), date(2027, 3, 29)),
    ],
)
def test_spring_forward_moves_nine_oclock_to_eight_utc(
    mondays_at_nine, now, winter_monday, summer_monday
):
    offered = starts(mondays_at_nine, now)
    assert datetime.combine(winter_monday, time(9), UTC) in offered
    assert datetime.combine(summer_monday, time(8), UTC) in offered
    assert datetime.combine(summer_monday, time(9), UTC) not in offered


@pytest.mark.parametrize(
    ("now", "summer_monday", "winter_monday"),
    [
        (datetime(2026, 10, 12, tzinfo=UTC), date(2026, 10, 19), date(2026, 10, 26)),
        (datetime(2027, 10, 18, tzinfo=UTC), date(2027, 10, 25), date(2027, 11, 1)),
    ],
)
def test_falling_back_returns_nine_oclock_to_nine_utc(
    mondays_at_nine, now, summer_monday, winter_monday
):
    offered = starts(mondays_at_nine, now)
    assert datetime.combine(summer_monday, time(8), UTC) in offered
    assert datetime.combine(winter_monday, time(9), UTC) in offered


def test_a_time_the_clocks_skip_is_not_offered(coach):
    """28 March 2027: London goes from 01:00 GMT straight to 02:00 BST."""
    Availability.objects.create(coach=coach, weekday=6, starts=time(0), ends=time(3))
    offered = starts(coach, datetime(2027, 3, 22, tzinfo=UTC))
    that_night = [s for s in offered if s.date() == date(2027, 3, 28)]
    # 00:00 GMT and 02:00 BST; 01:00 never happens on the wall clock.
    assert that_night == [
        datetime(2027, 3, 28, 0, tzinfo=UTC),
        datetime(2027, 3, 28, 1, tzinfo=UTC),
    ]


def test_a_time_the_clocks_pass_twice_means_the_first(coach):
    """31 October 2027: London's 01:00–02:00 happens in BST, then again in GMT."""
    Availability.objects.create(coach=coach, weekday=6, starts=time(1), ends=time(2))
    offered = starts(coach, datetime(2027, 10, 25, tzinfo=UTC))
    assert [s for s in offered if s.month == 10 and s.day in (30, 31)] == [
        datetime(2027, 10, 31, 0, tzinfo=UTC)
    ]


@pytest.mark.parametrize(
    ("monday", "london", "new_york"),
    [
        (date(2027, 3, 8), "09:00", "04:00"),  # both on winter time
        (date(2027, 3, 15), "09:00", "05:00"),  # the US has changed, the UK not yet
        (date(2027, 3, 22), "09:00", "05:00"),
        (date(2027, 3, 29), "09:00", "04:00"),  # both on summer time
        (date(2027, 11, 1), "09:00", "05:00"),  # the UK has changed back, the US not yet
        (date(2027, 11, 8), "09:00", "04:00"),
    ],
)
def test_new_york_sees_its_own_clock_while_the_changes_differ(
    client, client_profile, mondays_at_nine, monday, london, new_york
):
    BookingSettings.objects.update_or_create(defaults={"booking_weeks": 52})
    now = datetime.combine(monday, time(0), UTC).replace(day=1)
    (slot,) = [
        s for s in booking.free_slots(mondays_at_nine, now=now) if s.starts_at.date() == monday
    ]
    assert in_zone(slot.starts_at).strftime("%H:%M") == london
    assert in_zone(slot.starts_at, "America/New_York").strftime("%H:%M") == new_york
    Appointment.objects.create(
        client=client_profile, coach=mondays_at_nine, starts_at=slot.starts_at, ends_at=slot.ends_at
    )
    client_profile.time_zone = "America/New_York"
    client_profile.save()
    client.force_login(client_profile.user)
    page = client.get("/portal/appointments/").content.decode()
    assert f"{monday:%A} {monday.day} {monday:%B %Y}, {london}" in page
    assert f"{new_york} New York time" in page


def test_booked_in_winter_for_the_summer_shows_nine_in_london(
    client, client_profile, mondays_at_nine
):
    BookingSettings.objects.update_or_create(defaults={"booking_weeks": 30})
    winter = datetime(2027, 1, 11, 12, tzinfo=UTC)
    booked = booking.book(
        client_profile, datetime(2027, 6, 7, 8, tzinfo=UTC), client_profile.user, now=winter
    )
    assert booked.starts_at == datetime(2027, 6, 7, 8, tzinfo=UTC)
    client.force_login(client_profile.user)
    page = client.get(f"/portal/appointments/{booked.pk}/").content.decode()
    assert "Monday 7 June 2027, 09:00–09:50" in page

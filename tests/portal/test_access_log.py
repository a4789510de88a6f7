"""The client's access log reads as visits: who looked, at what, and when, in plain words."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.audit import visits
from portal.factories import ClientFactory, CoachFactory
from portal.models import AccessEvent

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 3, 14, 5, tzinfo=LONDON)


def look(client_profile, viewer, what, minutes):
    """A stored record `minutes` after 14:05 on 3 Nov 2026."""
    event = AccessEvent.objects.create(client=client_profile, viewer=viewer, what=what)
    AccessEvent.objects.filter(pk=event.pk).update(created=START + timedelta(minutes=minutes))


def grouped(client_profile):
    return visits(AccessEvent.objects.filter(client=client_profile).select_related("viewer"))


def test_one_look_round_the_pages_is_one_visit(client_profile, coach):
    for minutes, what in [(0, "your overview"), (2, "a journal entry"), (4, "your overview")]:
        look(client_profile, coach.user, what, minutes)
    look(client_profile, coach.user, "a goal", 7)
    look(client_profile, coach.user, "a goal", 29 + 7)  # 29 minutes later: the same visit
    (visit,) = grouped(client_profile)
    assert visit.who == "Cara Lane"
    assert visit.what == "your overview (2 times), a journal entry and goals (2 times)"
    assert visit.when == "3 Nov 2026, 14:05–14:41"
    assert [event.what for event in visit.events][0] == "a goal"  # newest first


def test_a_long_pause_or_another_viewer_starts_a_new_visit(client_profile, coach):
    colleague = CoachFactory(user__first_name="Dev", user__last_name="Hart").user
    look(client_profile, coach.user, "your overview", 0)
    look(client_profile, coach.user, "a goal", 30)  # a 30-minute pause: a new visit
    look(client_profile, colleague, "your overview", 31)
    look(client_profile, None, "a journal entry", 32)  # a coach since deleted
    found = grouped(client_profile)
    assert [(v.who, v.what, v.when) for v in found] == [
        ("A former coach", "a journal entry", "3 Nov 2026, 14:37"),
        ("Dev Hart", "your overview", "3 Nov 2026, 14:36"),
        ("Cara Lane", "a goal", "3 Nov 2026, 14:35"),
        ("Cara Lane", "your overview", "3 Nov 2026, 14:05"),
    ]


def test_a_visit_across_midnight_names_both_days(client_profile, coach):
    look(client_profile, coach.user, "your overview", 9 * 60 + 50)  # 23:55
    look(client_profile, coach.user, "a goal", 10 * 60 + 5)  # 00:10 the next day
    (visit,) = grouped(client_profile)
    assert visit.when == "3 Nov 2026, 23:55 – 4 Nov 2026, 00:10"


def test_a_kind_the_log_does_not_know_keeps_its_words(client_profile, coach):
    look(client_profile, coach.user, "your journal", 0)
    look(client_profile, coach.user, "your journal", 1)
    (visit,) = grouped(client_profile)
    assert visit.what == "your journal (2 times)"


def test_the_page_shows_visits_with_each_page_behind_a_disclosure(client, client_profile, coach):
    for minutes, what in [(0, "your overview"), (1, "your overview"), (2, "a goal")]:
        look(client_profile, coach.user, what, minutes)
    look(client_profile, coach.user, "a journal entry", 120)
    client.force_login(client_profile.user)
    html = client.get("/portal/seen-by/").content.decode()
    assert html.count('class="visit"') == 2
    assert "<strong>Cara Lane</strong> viewed your overview (2 times) and a goal" in html
    assert "3 Nov 2026, 14:05–14:07" in html and "3 Nov 2026, 16:05" in html
    assert html.count("visit__details") == 1  # a single-page visit needs no detail
    assert "Each page opened (3)" in html and "<td>14:06</td><td>your overview</td>" in html


def test_the_page_turns_by_visit(client, client_profile, coach):
    for hour in range(21):
        look(client_profile, coach.user, "your overview", hour * 60)
        look(client_profile, coach.user, "a goal", hour * 60 + 1)
    client.force_login(client_profile.user)
    first = client.get("/portal/seen-by/").content.decode()
    assert first.count('class="visit"') == 20 and "Page 1 of 2" in first
    assert "Older visits" in first
    second = client.get("/portal/seen-by/?page=2").content.decode()
    assert second.count('class="visit"') == 1 and "3 Nov 2026, 14:05–14:06" in second
    assert client.get("/portal/seen-by/?page=x").status_code == 200  # a bad page: the first


def test_nothing_seen_yet(client, client_profile):
    client.force_login(client_profile.user)
    assert "Nobody has opened your data yet." in client.get("/portal/seen-by/").content.decode()


def test_each_client_sees_only_their_own_visits(client, client_profile, coach):
    look(client_profile, coach.user, "a goal", 0)
    other = ClientFactory()
    client.force_login(other.user)
    html = client.get("/portal/seen-by/").content.decode()
    assert "Cara Lane" not in html and "Nobody has opened your data yet." in html


def test_queries_do_not_grow_with_the_log(client, client_profile, coach):
    def queries_for(profile, looks):
        AccessEvent.objects.bulk_create(
            AccessEvent(client=profile, viewer=coach.user, what="a goal") for _ in range(looks)
        )
        client.force_login(profile.user)
        client.get("/portal/seen-by/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/portal/seen-by/").status_code == 200
        return len(queries)

    assert queries_for(client_profile, 3) == queries_for(ClientFactory(coach=coach), 300)

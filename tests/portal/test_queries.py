"""Query counts of the busiest portal pages do not grow with the client's history."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.factories import CopingStrategyFactory, FeedbackFactory, GoalFactory, HomeworkFactory
from portal.models import CheckIn, JournalEntry

pytestmark = pytest.mark.django_db


def fill(client_profile, count):
    """`count` entries and check-ins over the last 80 days, some goals, steps and feedback."""
    now = timezone.now()
    coping = CopingStrategyFactory(client=client_profile)
    goals = [
        GoalFactory(client=client_profile, title=f"Goal {n}") for n in range(max(1, count // 100))
    ]
    for goal in goals:
        goal.steps.create(text="A step")
        goal.measure_values.create(value=3, date=now.date())
    JournalEntry.objects.bulk_create(
        JournalEntry(
            client=client_profile, title=f"Entry {n}", body="Text", goal=goals[n % len(goals)]
        )
        for n in range(count)
    )
    checkins = CheckIn.objects.bulk_create(
        CheckIn(client=client_profile, mood=n % 10 + 1, distress=n % 11, note="Note")
        for n in range(count)
    )
    for n, checkin in enumerate(checkins):
        CheckIn.objects.filter(pk=checkin.pk).update(
            created=now - timedelta(hours=n * 80 * 24 / count)
        )
        checkin.coping_used.add(coping)
    HomeworkFactory(client=client_profile)
    FeedbackFactory(client=client_profile, goal=goals[0])


def count_queries(client, url):
    client.get(url)  # warm the site and settings caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url", ["/portal/", "/portal/journal/", "/portal/journal/?q=entry", "/portal/check-ins/"]
)
def test_queries_do_not_grow_with_history(client, client_profile, coach, url):
    from portal.factories import ClientFactory

    small = client_profile
    big = ClientFactory(coach=coach)
    fill(small, 5)
    fill(big, 500)
    counts = []
    for client_profile in (small, big):
        client.force_login(client_profile.user)
        if url == "search":
            client.post("/portal/journal/", {"q": "entry 1"})
        counts.append(count_queries(client, "/portal/journal/" if url == "search" else url))
    few, many = counts
    assert few == many, f"{url}: {few} queries with 5 entries, {many} with 500"

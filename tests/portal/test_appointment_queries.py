"""The sessions pages and dashboards cost the same queries with 5 bookings as with 500."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import access
from portal.factories import ClientFactory, CoachFactory
from portal.models import Appointment

pytestmark = pytest.mark.django_db


def fill(coach, clients, count):
    """`count` bookings spread over the clients, half past (unrecorded), half to come."""
    now = timezone.now()
    Appointment.objects.bulk_create(
        Appointment(
            client=clients[n % len(clients)],
            coach=coach,
            starts_at=now + timedelta(hours=2 * (n - count // 2)) + timedelta(minutes=7),
            ends_at=now + timedelta(hours=2 * (n - count // 2), minutes=57),
        )
        for n in range(count)
    )


def count_queries(client, url):
    client.get(url)  # warm the site and settings caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/portal/appointments/", "/portal/"])
def test_client_pages_do_not_grow_with_bookings(client, coach, url):
    counts = []
    for count in (5, 500):
        person = ClientFactory(coach=coach)
        fill(coach, [person], count)
        client.force_login(person.user)
        counts.append(count_queries(client, url))
    few, many = counts
    assert few == many, f"{url}: {few} queries with 5 bookings, {many} with 500"


@pytest.mark.parametrize("url", ["/portal/coach/appointments/", "/portal/coach/"])
def test_coach_pages_do_not_grow_with_bookings(client, sign_in_with_code, url):
    counts = []
    for count in (5, 500):
        coach = CoachFactory()
        clients = [ClientFactory(coach=coach) for _ in range(5)]
        fill(coach, clients, count)
        sign_in_with_code(client, coach.user)
        counts.append(count_queries(client, url))
    few, many = counts
    assert few == many, f"{url}: {few} queries with 5 bookings, {many} with 500"


def test_each_clients_next_session_for_the_dashboard_is_one_query(
    coach, client_profile, django_assert_num_queries
):
    others = [ClientFactory(coach=coach) for _ in range(3)]
    fill(coach, [client_profile, *others], 40)
    ids = [client_profile.pk, *(other.pk for other in others)]
    with django_assert_num_queries(1):
        next_sessions = access.next_sessions_of(coach, ids, timezone.now())
    assert set(next_sessions) == set(ids)
    assert all(start > timezone.now() for start in next_sessions.values())

"""Benchmark: queries and render time of the public pages with the demo content.

Run with `make bench`. Query budgets are asserted; times are reported, never asserted,
since wall-clock numbers depend on the machine.
"""

import statistics
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePage

ROUNDS = 30
# Queries per page view with a warm cache: the budget each page must stay within.
# Every public page spends one on the offer banner (the offer and its places left, live).
BUDGETS = {
    "home": 10,
    "article index": 16,
    "article": 25,
    "search": 10,
    "contact": 10,
    "donate": 10,
    "enrol": 10,
    "sign in": 4,
}


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=None)


def measure(client, url):
    client.get(url)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    # Count now: the next request's request_started signal clears the query log.
    query_count = len(queries)
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return query_count, statistics.median(times), max(times)


def test_public_pages(client, demo, capsys):
    urls = {
        "home": "/",
        "article index": "/articles/",
        "article": ArticlePage.objects.live().first().url,
        "search": "/search/?q=anxious",
        "contact": "/contact/",
        "donate": "/donate/",
        "enrol": "/enrol/",
        "sign in": "/accounts/login/",
    }
    rows = [(name, url, *measure(client, url)) for name, url in urls.items()]
    with capsys.disabled():
        print(f"\n{'page':<15}{'url':<45}{'queries':>8}{'budget':>8}{'median ms':>11}{'max ms':>9}")
        for name, url, queries, median, worst in rows:
            print(f"{name:<15}{url:<45}{queries:>8}{BUDGETS[name]:>8}{median:>11.1f}{worst:>9.1f}")
    for name, _, queries, *_ in rows:
        assert queries <= BUDGETS[name], f"{name}: {queries} queries, budget {BUDGETS[name]}"

"""Benchmark: queries and render time of the client portal's pages for a demo client.

Run with `make bench`. Query budgets are asserted; times are only reported.
"""

import pytest
from django.core.management import call_command

from portal.models import ClientProfile

from .bench_pages import measure

BUDGETS = {"overview": 18, "goals": 14, "goal": 15, "journal": 15, "check-ins": 13, "export": 25}


@pytest.fixture
def sam(db, client):
    call_command("seed_demo", stdout=None)
    profile = ClientProfile.objects.get(user__email="client.one@tranquil.example")
    client.force_login(profile.user)
    return profile


def test_portal_pages(client, sam, capsys):
    goal = sam.goals.first()
    urls = {
        "overview": "/portal/",
        "goals": "/portal/goals/",
        "goal": f"/portal/goals/{goal.pk}/",
        "journal": "/portal/journal/",
        "check-ins": "/portal/check-ins/",
        "export": "/portal/my-data/",
    }
    rows = [(name, url, *measure(client, url)) for name, url in urls.items()]
    with capsys.disabled():
        print(f"\n{'page':<12}{'queries':>8}{'budget':>8}{'median ms':>11}{'max ms':>9}")
        for name, _, queries, median, worst in rows:
            print(f"{name:<12}{queries:>8}{BUDGETS[name]:>8}{median:>11.1f}{worst:>9.1f}")
    for name, _, queries, *_ in rows:
        assert queries <= BUDGETS[name], f"{name}: {queries} queries, budget {BUDGETS[name]}"

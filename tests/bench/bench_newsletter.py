"""Benchmark: one article emailed to 10,000 subscribers through the locmem backend.

Run with `make bench`. The query budget per subscriber is asserted (sending is batched,
so it must stay a small fraction of one); the time is only reported.
"""

import time

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import ArticlePageFactory
from newsletter import mailings, tasks
from newsletter.models import Delivery, Mailing, Subscriber

SUBSCRIBERS = 10_000
QUERIES_PER_SUBSCRIBER = 0.05


@pytest.fixture
def audience(db):
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{n}@example.com",
            first_name=f"Reader{n}",
            status=Subscriber.Status.SUBSCRIBED,
        )
        for n in range(SUBSCRIBERS)
    )


def test_send_one_article_to_ten_thousand(article_index, audience, capsys):
    article = ArticlePageFactory(parent=article_index, title="Starting again after a lapse")
    mailing, _ = mailings.start_mailing(article)
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        tasks.plan_mailing.call(mailing.pk)
        seconds = time.perf_counter() - start
    query_count = len(queries)

    assert len(mail.outbox) == SUBSCRIBERS
    assert len({m.to[0] for m in mail.outbox}) == SUBSCRIBERS
    assert Delivery.objects.filter(status="sent").count() == SUBSCRIBERS
    assert Mailing.objects.get().finished_at is not None
    per_subscriber = query_count / SUBSCRIBERS
    assert per_subscriber <= QUERIES_PER_SUBSCRIBER

    with capsys.disabled():
        print(
            f"\n{'newsletter send':<20}{'subscribers':>12}{'seconds':>9}{'per second':>12}"
            f"{'queries':>9}{'per subscriber':>16}"
        )
        print(
            f"{'one article':<20}{SUBSCRIBERS:>12}{seconds:>9.1f}{SUBSCRIBERS / seconds:>12.0f}"
            f"{query_count:>9}{per_subscriber:>16.4f}"
        )

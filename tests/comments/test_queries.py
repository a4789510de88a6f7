"""An article's comments cost one query, however many there are."""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.factories import CommentFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_article_page_queries_do_not_grow_with_comments(client, article, settings):
    settings.COMMENTS_PER_PAGE = 1000  # every thread on one page (threads.py pages them)
    CommentFactory(page=article)
    one, _ = queries_for(client, article.url)

    rng = random.Random(7)
    comments = []
    for _ in range(299):
        parent = rng.choice(comments) if comments and rng.random() < 0.6 else None
        comments.append(CommentFactory(page=article, parent=parent))
    many, html = queries_for(client, article.url)
    assert many == one
    assert "300 thoughts on" in html
    assert html.count('class="comment') >= 300

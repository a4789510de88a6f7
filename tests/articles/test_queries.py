"""Listings and articles make a fixed number of queries, however much content there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # warm the site and settings caches, as a running server has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_articles(parent, count, **fields):
    return [ArticlePageFactory(parent=parent, **fields) for _ in range(count)]


@pytest.fixture
def rich(coping, cara, hero):
    """Fields that each cost a query if fetched one article at a time."""
    return {"categories": [coping], "author": cara, "hero_image": hero, "hero_alt": "Calm"}


@pytest.mark.parametrize("url", ["/articles/", "/articles/category/coping/", "/articles/tag/calm/"])
def test_listings_do_not_grow_with_articles(client, article_index, rich, url):
    add_articles(article_index, 3, tags=["calm"], **rich)
    few = queries_for(client, url)
    add_articles(article_index, 57, tags=["calm"], **rich)
    assert queries_for(client, url) == few


def test_feed_does_not_grow_with_articles(client, article_index, rich):
    add_articles(article_index, 3, tags=["calm"], **rich)
    few = queries_for(client, "/articles/feed/")
    add_articles(article_index, 30, tags=["calm"], **rich)
    assert queries_for(client, "/articles/feed/") == few


def test_search_does_not_grow_with_results(client, article_index, rich):
    add_articles(article_index, 3, intro="Calm words for hard days.", **rich)
    few = queries_for(client, "/search/?q=calm")
    add_articles(article_index, 30, intro="Calm words for hard days.", **rich)
    assert queries_for(client, "/search/?q=calm") == few


def test_article_page_does_not_grow_with_tags_or_related(client, article_index, rich):
    plain = ArticlePageFactory(parent=article_index, **rich)
    add_articles(article_index, 3, **rich)
    without_tags = queries_for(client, plain.url)

    tags = [f"tag-{number}" for number in range(30)]
    tagged = ArticlePageFactory(parent=article_index, tags=tags, **rich)
    add_articles(article_index, 57, tags=tags, **rich)
    assert queries_for(client, tagged.url) == without_tags

"""The search engine underneath /search/: the database's own full-text search by default
(PostgreSQL's, stemmed in English, where the site runs on it), a cluster by SEARCH_URL."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from wagtail.search.backends import get_search_backend

from articles.factories import ArticlePageFactory
from config.settings.search import search_backends

pytestmark = pytest.mark.django_db


def test_the_database_backend_is_the_databases_own_full_text_search():
    expected = {"postgresql": "PostgresSearchBackend", "sqlite": "SQLiteSearchBackend"}
    assert type(get_search_backend()).__name__ == expected[connection.vendor]


def test_other_forms_of_a_word_find_the_article_on_postgresql(client, article_index):
    if connection.vendor != "postgresql":
        pytest.skip("stemming is PostgreSQL's; CI runs this there")
    ArticlePageFactory(parent=article_index, title="Sleeping well", intro="Rest matters.")
    ArticlePageFactory(parent=article_index, title="Worries at night", intro="When thoughts race.")
    html = client.get("/search/?q=sleep").content.decode()
    assert "1 article found." in html and "Sleeping well" in html
    html = client.get("/search/?q=worry").content.decode()
    assert "1 article found." in html and "Worries at night" in html


def test_search_url_switches_to_a_cluster():
    backends = search_backends(
        {"SEARCH_URL": "https://reader:s3cret@search.internal:9200/tranquil-live/"}
    )
    default = backends["default"]
    assert default["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert default["URLS"] == ["https://reader:s3cret@search.internal:9200"]
    assert default["INDEX"] == "tranquil-live"
    opensearch = search_backends(
        {"SEARCH_URL": "http://127.0.0.1:9200", "SEARCH_ENGINE": "opensearch3"}
    )["default"]
    assert opensearch["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert opensearch["INDEX"] == "tranquil"


@pytest.mark.parametrize(
    "environ",
    [
        {"SEARCH_URL": "search.internal:9200"},
        {"SEARCH_URL": "ftp://search.internal/x"},
        {"SEARCH_URL": "https://search.internal", "SEARCH_ENGINE": "solr"},
    ],
)
def test_a_search_url_that_cannot_work_stops_the_start(environ):
    with pytest.raises(ImproperlyConfigured):
        search_backends(environ)


def test_without_search_url_the_database_answers():
    assert search_backends({})["default"]["BACKEND"] == "wagtail.search.backends.database"

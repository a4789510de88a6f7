"""Searching articles from /search/?q=."""

import pytest

from articles.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_live_articles_by_title_intro_and_body(client, article_index):
    ArticlePageFactory(parent=article_index, title="Sleeping well", intro="Rest matters.")
    ArticlePageFactory(parent=article_index, title="Grief", intro="About loss and lighthouses.")
    ArticlePageFactory(parent=article_index, title="Unrelated")
    html = client.get("/search/?q=lighthouses").content.decode()
    assert "1 article found." in html
    assert "Grief" in html and "Sleeping well" not in html
    assert "<title>Search results for “lighthouses” · Tranquil</title>" in html


def test_an_empty_query_invites_a_search(client, home_page):
    html = client.get("/search/").content.decode()
    assert "Search articles" in html
    assert "found." not in html


def test_no_results_says_so_and_offers_a_way_on(client, article_index):
    html = client.get("/search/?q=zzzzqqq").content.decode()
    assert "0 articles found." in html
    assert "Nothing matched “zzzzqqq”" in html


def test_the_query_is_echoed_escaped(client, home_page):
    payload = '"><script>alert(1)</script>'
    html = client.get("/search/", {"q": payload}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_results_are_paginated_and_keep_the_query(client, article_index):
    for number in range(12):
        ArticlePageFactory(parent=article_index, title=f"Anxiety note {number}")
    html = client.get("/search/?q=anxiety").content.decode()
    assert html.count('class="article-card"') == 10
    assert 'href="?q=anxiety&amp;page=2" rel="next"' in html
    second = client.get("/search/?q=anxiety&page=2").content.decode()
    assert second.count('class="article-card"') == 2
    assert client.get("/search/?q=anxiety&page=5").status_code == 404
    assert client.get("/search/?q=anxiety&page=x").status_code == 404


def test_a_huge_query_is_cut_short_not_an_error(client, home_page):
    assert client.get("/search/", {"q": "word " * 5000}).status_code == 200

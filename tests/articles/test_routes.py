"""Every public article route answers, with its own title and canonical link."""

import pytest

from articles.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def test_index_lists_articles_newest_first(client, article_index):
    ArticlePageFactory(parent=article_index, title="Older", date="2026-01-01")
    ArticlePageFactory(parent=article_index, title="Newer", date="2026-06-01")
    page = html(client.get("/articles/"))
    assert page.index("Newer") < page.index("Older")
    assert '<link rel="canonical" href="http://localhost/articles/">' in page


def test_index_empty_state(client, article_index):
    assert "No articles here yet." in html(client.get("/articles/"))


def test_tag_route(client, full_article, article_index):
    ArticlePageFactory(parent=article_index, title="Untagged piece")
    page = html(client.get("/articles/tag/anxiety/"))
    assert "<title>Articles tagged “anxiety” · Tranquil</title>" in page
    assert full_article.title in page
    assert "Untagged piece" not in page
    assert '<link rel="canonical" href="http://localhost/articles/tag/anxiety/">' in page


def test_category_route(client, full_article, article_index):
    ArticlePageFactory(parent=article_index, title="Uncategorised piece")
    page = html(client.get("/articles/category/coping/"))
    assert "<title>Coping · Tranquil</title>" in page
    assert "Ways through hard days." in page
    assert full_article.title in page
    assert "Uncategorised piece" not in page
    assert 'href="/articles/category/coping/" aria-current="page"' in page
    assert '<link rel="canonical" href="http://localhost/articles/category/coping/">' in page


def test_author_route(client, full_article):
    page = html(client.get("/articles/author/cara-lane/"))
    assert "<title>Articles by Cara Lane · Tranquil</title>" in page
    assert "Writes about coping." in page
    assert full_article.title in page


@pytest.mark.parametrize(
    "url", ["/articles/tag/nothing/", "/articles/category/nothing/", "/articles/author/nobody/"]
)
def test_unknown_tag_category_or_author_is_404(client, article_index, url):
    assert client.get(url).status_code == 404


def test_known_tag_without_live_articles_shows_the_empty_state(client, full_article):
    full_article.unpublish()
    assert "No articles here yet." in html(client.get("/articles/tag/anxiety/"))


def test_article_page(client, full_article):
    page = html(client.get(full_article.url))
    assert "<h1>Breathing through worry</h1>" in page
    assert "A two-minute practice" in page
    assert 'href="/articles/author/cara-lane/"' in page
    assert 'href="/articles/category/coping/"' in page
    assert 'href="/articles/tag/anxiety/" rel="tag"' in page
    assert 'alt="Soft blue circles"' in page
    assert "Slow ripples" in page
    assert "min read" in page


def test_pagination_has_twelve_a_page(client, article_index):
    for number in range(13):
        ArticlePageFactory(
            parent=article_index, title=f"Piece {number:02}", date=f"2026-01-{number + 1:02}"
        )
    first = html(client.get("/articles/"))
    assert first.count('class="article-card"') == 12
    assert 'href="?page=2" rel="next"' in first
    second = html(client.get("/articles/?page=2"))
    assert second.count('class="article-card"') == 1
    assert "Piece 00" in second
    assert 'href="?page=1" rel="prev"' in second


@pytest.mark.parametrize("number", ["0", "-1", "9999", "abc", "1.5", ""])
def test_pagination_bounds_answer_404_never_500(client, article_index, number):
    ArticlePageFactory(parent=article_index)
    response = client.get(f"/articles/?page={number}")
    assert response.status_code == (200 if number == "" else 404)


def test_pagination_on_a_tag_keeps_the_route(client, article_index):
    for _ in range(13):
        ArticlePageFactory(parent=article_index, tags=["grief"])
    page = html(client.get("/articles/tag/grief/?page=2"))
    assert page.count('class="article-card"') == 1
    assert client.get("/articles/tag/grief/?page=3").status_code == 404


def test_robots_txt_points_at_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text and "Disallow: /portal/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_every_page_links_the_feed(client, about_page):
    page = html(client.get(about_page.url))
    assert '<link rel="alternate" type="application/rss+xml"' in page
    assert 'href="/articles/feed/"' in page

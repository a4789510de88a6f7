"""The RSS feed parses cleanly in a real feed parser, with absolute links and images."""

import feedparser
import pytest

from articles.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_feed_is_valid_rss_with_full_text_and_enclosure(client, full_article, article_index):
    ArticlePageFactory(parent=article_index, title="Second piece", date="2020-01-01")
    response = client.get("/articles/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.title == "Tranquil: Articles"
    assert feed.feed.link == "http://localhost/articles/"
    first, second = feed.entries
    assert first.title == "Breathing through worry"
    assert first.link == "http://localhost/articles/breathing-through-worry/"
    assert first.id == first.link
    assert first.summary == "Slow out-breaths calm the body."
    assert "Some thoughts." in first.content[0].value
    assert first.author == "Cara Lane"
    assert {"Coping", "anxiety", "breathing"} <= {tag.term for tag in first.tags}
    [enclosure] = first.enclosures
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert enclosure.href.endswith(".jpg")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    assert second.title == "Second piece"
    assert "enclosures" not in second or not second.enclosures


def test_feed_of_an_empty_blog_is_still_valid(client, article_index):
    feed = feedparser.parse(client.get("/articles/feed/").content)
    assert not feed.bozo
    assert feed.entries == []

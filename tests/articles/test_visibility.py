"""Drafts, scheduled and private articles appear nowhere: listings, feed, search, sitemap."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

PLACES = [
    "/articles/",
    "/articles/tag/hidden-tag/",
    "/articles/category/coping/",
    "/articles/author/cara-lane/",
    "/articles/feed/",
    "/search/?q=Lighthouse",
    "/sitemap.xml",
]


@pytest.fixture
def visible(article_index, coping, cara):
    return ArticlePageFactory(
        parent=article_index,
        title="Lighthouse visible",
        slug="lighthouse-visible",
        author=cara,
        categories=[coping],
        tags=["hidden-tag"],
    )


@pytest.fixture
def draft(article_index, coping, cara):
    return ArticlePageFactory(
        parent=article_index,
        title="Lighthouse draft",
        slug="lighthouse-draft",
        live=False,
        author=cara,
        categories=[coping],
        tags=["hidden-tag"],
    )


def test_a_draft_is_listed_nowhere(client, visible, draft):
    for url in PLACES:
        page = client.get(url).content.decode()
        assert "lighthouse-visible" in page or "Lighthouse visible" in page, url
        assert "Lighthouse draft" not in page and "lighthouse-draft" not in page, url
    assert client.get("/articles/lighthouse-draft/").status_code == 404


def test_a_scheduled_article_waits_for_its_time(client, visible, draft):
    draft.go_live_at = timezone.now() + timedelta(days=2)
    draft.save_revision().publish()
    draft.refresh_from_db()
    assert not draft.live
    for url in PLACES:
        assert "Lighthouse draft" not in client.get(url).content.decode(), url


def test_a_private_article_is_listed_nowhere(client, visible, article_index, coping, cara):
    private = ArticlePageFactory(
        parent=article_index,
        title="Lighthouse private",
        slug="lighthouse-private",
        author=cara,
        categories=[coping],
        tags=["hidden-tag"],
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for url in PLACES:
        assert "Lighthouse private" not in client.get(url).content.decode(), url

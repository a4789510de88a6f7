"""The shared cache is told what changed: a real HTTP endpoint receives Wagtail's PURGEs."""

import pytest

from articles.factories import ArticlePageFactory
from core.purge import purge_everything
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a page as the admin does (a revision), running what follows the commit."""

    def run(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return run


def test_publishing_an_article_purges_it_and_every_page_listing_it(
    purges, publish, full_article, about_page
):
    draft = ArticlePageFactory(
        parent=full_article.get_parent(), slug="new-one", live=False, tags=["sleep"]
    )
    publish(draft)
    assert {
        "/articles/new-one/",
        "/articles/breathing-through-worry/",  # its related articles and next/previous
        "/articles/",
        "/articles/feed/",
        "/articles/tag/sleep/",
        "/articles/tag/anxiety/",
        "/articles/category/coping/",
        "/articles/author/cara-lane/",
        "/about/",  # the menu
        "/",
    } <= set(purges)


def test_unpublishing_purges_the_article_too(
    purges, full_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        full_article.unpublish()
    assert {"/articles/breathing-through-worry/", "/articles/", "/"} <= set(purges)


def test_moving_a_page_purges_its_old_and_new_neighbours(
    purges, about_page, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about_page.move(article.get_parent(), pos="last-child")
    assert {"/articles/about/", "/articles/hard-week/", "/"} <= set(purges)


def test_settings_shown_on_every_page_purge_them_all(
    purges, article, about_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        SiteSettings.load().save()
    assert {"/", "/about/", "/articles/", "/articles/hard-week/"} <= set(purges)


def test_a_cache_that_is_down_costs_no_one_their_change(purges, settings, article, publish):
    settings.WAGTAILFRONTENDCACHE["varnish"]["LOCATION"] = "http://127.0.0.1:9"
    publish(article)
    assert purges == []


def test_without_a_shared_cache_nothing_is_looked_up(settings, article, django_assert_num_queries):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_assert_num_queries(0):
        purge_everything()

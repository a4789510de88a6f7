"""Long threads in pages, as WordPress readers know them, and the thread's cached HTML."""

import re

import pytest
from django.core import mail
from django.test import Client

from comments import moderation
from comments.factories import CommentFactory
from comments.models import Comment
from comments.threads import link_to
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_a_page(settings):
    settings.COMMENTS_PER_PAGE = 3


def threads(article, count):
    """`count` top-level comments, oldest first, each with one reply."""
    made = []
    for n in range(count):
        root = CommentFactory(page=article, body=f"Thread {n} starts here.")
        CommentFactory(page=article, parent=root, body=f"A reply in thread {n}.")
        made.append(root)
    return made


def shown(response):
    return re.findall(r"Thread (\d+) starts", response.content.decode())


def first_shown(choice):
    settings = SiteSettings.load()
    settings.comments_first_page = choice
    settings.save()


def test_the_newest_page_comes_first_with_crawlable_links_to_older(client, article, three_a_page):
    threads(article, 7)
    page = client.get(article.url)
    assert shown(page) == ["6"]
    html = page.content.decode()
    assert f'href="{article.url}?cpage=2#comments" rel="prev">Older comments' in html
    assert "Newer comments" not in html
    assert "Page 3 of 3" in html

    older = client.get(f"{article.url}?cpage=2")
    assert shown(older) == ["3", "4", "5"]
    assert "A reply in thread 4." in older.content.decode()
    assert f'href="{article.url}?cpage=3#comments" rel="next">Newer comments' in (
        older.content.decode()
    )


def test_the_owner_may_open_long_threads_at_the_oldest(client, article, three_a_page):
    threads(article, 7)
    first_shown("oldest")
    page = client.get(article.url)
    assert shown(page) == ["0", "1", "2"]
    assert "Older comments" not in page.content.decode()
    assert "Newer comments" in page.content.decode()


def test_the_count_covers_every_page(client, article, three_a_page):
    threads(article, 7)
    assert "14 thoughts on" in client.get(article.url).content.decode()


def test_a_short_thread_has_no_page_links(client, article, three_a_page):
    threads(article, 3)
    html = client.get(article.url).content.decode()
    assert "comment-pages" not in html


@pytest.mark.parametrize("value", ["0", "99", "-1", "two", "1e3", "²", "9" * 40])
def test_a_page_that_is_not_there_shows_the_first_shown(client, article, three_a_page, value):
    threads(article, 7)
    response = client.get(article.url, {"cpage": value})
    assert response.status_code == 200
    assert shown(response) == ["6"]


def test_a_comments_permalink_lands_on_its_page(client, article, three_a_page):
    made = threads(article, 7)
    reply = made[1].replies.get()
    assert link_to(reply, "newest") == f"{article.url}?cpage=1#comment-{reply.pk}"
    assert link_to(made[6], "newest") == f"{article.url}#comment-{made[6].pk}"
    assert link_to(made[6], "oldest") == f"{article.url}?cpage=3#comment-{made[6].pk}"


def test_after_posting_the_reader_lands_on_the_page_with_their_comment(
    client, post_comment, article, three_a_page
):
    made = threads(article, 7)
    response = post_comment(article, parent=made[0].pk, body="A late answer.")
    comment = Comment.objects.get(body="A late answer.")
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}?cpage=1#comment-{comment.pk}"
    assert "A late answer." in client.get(response["Location"]).content.decode()


def test_the_reply_email_links_to_the_page_with_the_reply(
    article, three_a_page, django_capture_on_commit_callbacks
):
    made = threads(article, 7)
    made[0].notify_replies = True
    made[0].author_email = "first@example.com"
    made[0].save()
    reply = CommentFactory(
        page=article, parent=made[0], body="An answer.", status=Comment.Status.PENDING
    )
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(reply)
    [email] = [m for m in mail.outbox if m.to == ["first@example.com"]]
    assert f"{article.url}?cpage=1#comment-{reply.pk}" in email.body


def test_approval_and_removal_purge_the_article_alone(
    purges, article, about_page, django_capture_on_commit_callbacks
):
    waiting = CommentFactory(page=article, status=Comment.Status.PENDING)
    assert purges == [], "a comment awaiting moderation changes nothing readers see"
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(waiting)
    assert purges == ["/articles/hard-week/"]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.remove(waiting)
    assert purges == ["/articles/hard-week/"] * 2


def test_a_post_that_waits_purges_nothing(purges, post_comment, article):
    post_comment(article, body="A first word.")
    assert Comment.objects.get().status == Comment.Status.PENDING
    assert purges == []


class TestTheCachedThread:
    """The thread's HTML is made once and shown to every reader until it changes."""

    def test_it_is_made_once(self, client, article, django_assert_max_num_queries):
        threads(article, 5)
        client.get(article.url)
        with django_assert_max_num_queries(30) as queries:
            again = client.get(article.url)
        assert "Thread 4 starts here." in again.content.decode()
        assert not [q for q in queries.captured_queries if "comments_comment" in q["sql"]]

    def test_approval_shows_the_comment(self, client, article):
        threads(article, 2)
        waiting = CommentFactory(page=article, body="Held for a moment.", status="pending")
        assert "Held for a moment." not in client.get(article.url).content.decode()
        moderation.approve(waiting)
        html = client.get(article.url).content.decode()
        assert "Held for a moment." in html
        assert "5 thoughts on" in html

    def test_removal_and_edits_show_at_once(self, client, article):
        [first, second] = threads(article, 2)
        client.get(article.url)
        moderation.remove(first)
        second.body = "Edited by the moderator."
        second.save()
        html = client.get(article.url).content.decode()
        assert "Thread 0 starts here." not in html
        assert "Edited by the moderator." in html

    def test_a_comment_awaiting_moderation_shows_only_to_its_writer(
        self, client, post_comment, article
    ):
        threads(article, 1)
        client.get(article.url)
        post_comment(article, body="Mine, waiting.")
        assert "Mine, waiting." in client.get(article.url).content.decode()
        assert "Mine, waiting." not in Client().get(article.url).content.decode()

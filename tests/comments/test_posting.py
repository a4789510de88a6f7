"""Posting comments: anonymous, signed in, replies, depth, bad input, closed pages."""

import re
import time
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from accounts.factories import EditorFactory, OwnerFactory, UserFactory
from comments.factories import CommentFactory
from comments.models import Comment
from core.spam import issue_token, token_problem

pytestmark = pytest.mark.django_db


def html(client, page):
    return client.get(page.url).content.decode()


def test_anonymous_comment_waits_and_only_its_writer_sees_it(client, post_comment, article):
    response = post_comment(article)
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}#comment-{comment.pk}"
    assert comment.status == Comment.Status.PENDING
    assert comment.author_email == "sam@example.com"
    assert comment.ip_hash and len(comment.ip_hash) == 64

    page = html(client, article)
    assert "Your comment is awaiting moderation. Only you can see it for now." in page
    assert "This helped me today." in page
    assert "No comments yet" in page  # pending comments are not counted

    from django.test import Client

    other_reader = Client()
    assert "This helped me today." not in html(other_reader, article)


def test_count_heading_follows_the_blog_convention(client, article):
    assert "No comments yet" in html(client, article)
    CommentFactory(page=article)
    assert "One thought on “Coping with a hard week”" in html(client, article)
    CommentFactory(page=article)
    CommentFactory(page=article, status=Comment.Status.SPAM)
    assert "2 thoughts on “Coping with a hard week”" in html(client, article)


def test_signed_in_reader_comments_as_themselves(client, post_comment, article):
    reader = UserFactory(first_name="Ana", last_name="Lopes", email="ana@example.com")
    client.force_login(reader)
    page = html(client, article)
    assert 'value="Ana Lopes"' in page
    assert 'name="author_email"' not in page
    post_comment(article, author_email=None, author_name="Ana Lopes")
    comment = Comment.objects.get()
    assert comment.user == reader
    assert comment.author_email == "ana@example.com"


def test_editors_comments_appear_at_once_with_a_badge(client, post_comment, article):
    client.force_login(EditorFactory())
    post_comment(article, author_email=None, body="Thank you all for reading.")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.APPROVED
    assert '<span class="badge">Team</span>' in html(client, article)


def test_the_articles_author_is_badged_as_author(client, post_comment, full_article):
    author_user = UserFactory()
    full_article.author.user = author_user
    full_article.author.save()
    client.force_login(author_user)
    post_comment(full_article, author_email=None)
    assert '<span class="badge">Author</span>' in html(client, full_article)


def test_a_reply_nests_under_its_comment(client, post_comment, article):
    first = CommentFactory(page=article, author_name="Maya")
    post_comment(article, parent=first.pk, body="Same here.")
    reply = Comment.objects.get(body="Same here.")
    assert reply.parent == first
    page = html(client, article)
    thread = page.split(f'id="comment-{first.pk}"')[1]
    assert 'class="comment-list comment-list--replies"' in thread
    assert f'id="comment-{reply.pk}"' in thread


def test_replies_beyond_the_maximum_depth_attach_to_the_deepest_level(
    post_comment, article, settings
):
    settings.COMMENTS_MAX_DEPTH = 3
    level1 = CommentFactory(page=article)
    level2 = CommentFactory(page=article, parent=level1)
    level3 = CommentFactory(page=article, parent=level2)
    post_comment(article, parent=level3.pk, body="A reply to the deepest comment.")
    reply = Comment.objects.get(body="A reply to the deepest comment.")
    assert reply.parent == level2  # a sibling of level 3, not a fourth level


def test_reply_form_targets_a_comment_without_javascript(client, article):
    first = CommentFactory(page=article, author_name="Maya")
    page = client.get(f"{article.url}?replyto={first.pk}").content.decode()
    assert "Reply to Maya" in page
    assert f'name="parent" value="{first.pk}"' in page
    assert f'href="{article.url}?replyto={first.pk}#respond"' in html(client, article)


def test_replying_to_a_comment_that_is_not_shown_is_refused(post_comment, article):
    hidden = CommentFactory(page=article, status=Comment.Status.PENDING)
    response = post_comment(article, parent=hidden.pk)
    assert response.status_code == 200
    assert "no longer available" in response.content.decode()
    assert Comment.objects.count() == 1


def test_a_long_comment_is_refused_and_the_text_is_kept(post_comment, article):
    body = "I want to say " + "a lot " * 1000
    response = post_comment(article, body=body)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Please keep your comment under 5,000 characters" in page
    assert body.strip()[:200] in page
    assert 'value="Sam Reader"' in page
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("author_name", "", "This field is required."),
        ("author_email", "not-an-email", "Enter a valid email address."),
        ("body", "   ", "This field is required."),
        ("author_url", "javascript:alert(1)", "Enter a valid URL."),
    ],
)
def test_bad_input_is_explained(post_comment, article, field, value, message):
    response = post_comment(article, **{field: value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_comments_close_when_the_page_is_old(client, post_comment, article, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 30
    article.date = timezone.localdate() - timedelta(days=31)
    article.save()
    assert "Comments are closed on this article." in html(client, article)
    post_comment(article)
    assert not Comment.objects.exists()


def test_comments_close_per_page(client, post_comment, article):
    article.allow_comments = False
    article.save_revision().publish()
    assert "Comments are closed on this article." in html(client, article)
    assert 'action="/comments/post/"' not in html(client, article)
    post_comment(article)
    assert not Comment.objects.exists()


def test_unpublished_pages_take_no_comments(post_comment, article):
    article.unpublish()
    assert post_comment(article).status_code == 404
    assert not Comment.objects.exists()


def test_private_pages_take_no_comments(post_comment, article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    assert post_comment(article).status_code == 404
    assert not Comment.objects.exists()


def test_after_an_error_reply_links_and_a_fresh_token_still_work(post_comment, article):
    first = CommentFactory(page=article)
    response = post_comment(article, author_email="bad")
    page = response.content.decode()
    assert f'href="{article.url}?replyto={first.pk}#respond"' in page
    assert 'action="/comments/post/#respond"' in page
    token = re.search(r'name="token" value="([^"]+)"', page)[1]
    assert token_problem(token, article.pk, 0) is None


def test_a_form_cannot_be_replayed(post_comment, article):
    token = issue_token(article.pk, issued_at=time.time() - 60)
    assert post_comment(article, token=token).status_code == 302
    response = post_comment(article, token=token, body="Again.")
    assert "This form was already sent once." in response.content.decode()
    assert Comment.objects.count() == 1


def test_a_signed_in_reader_without_a_name_is_not_shown_by_email(client, article):
    reader = UserFactory(first_name="", last_name="", email="private.client@example.com")
    client.force_login(reader)
    page = html(client, article)
    assert 'name="author_name"' in page
    assert 'value="private.client@example.com"' not in page


def test_the_owner_is_badged_as_team(client, post_comment, article):
    client.force_login(OwnerFactory())
    post_comment(article, author_email=None)
    assert '<span class="badge">Team</span>' in html(client, article)


def test_replies_to_a_removed_comment_keep_their_context(client, article):
    gone = CommentFactory(page=article, status=Comment.Status.REMOVED, body="Gone words.")
    CommentFactory(page=article, parent=gone, body="A reply that stays.")
    page = html(client, article)
    assert "Gone words." not in page
    assert "This comment is no longer shown." in page
    assert "A reply that stays." in page.split("This comment is no longer shown.")[1]
    assert "One thought on" in page


def test_html_is_escaped_and_links_are_not_endorsed(client, article):
    CommentFactory(
        page=article,
        body='<script>alert("x")</script> <img src=x onerror=alert(1)> see https://example.org/help',
        author_name='<b onmouseover="alert(1)">Eve</b>',
    )
    page = html(client, article)
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert "<b onmouseover" not in page
    assert (
        '<a href="https://example.org/help" rel="nofollow ugc">https://example.org/help</a>' in page
    )


def test_website_links_are_not_endorsed(client, article):
    CommentFactory(page=article, author_name="Rae", author_url="https://rae.example/")
    assert '<a href="https://rae.example/" rel="nofollow ugc">Rae</a>' in html(client, article)


class _Nesting(HTMLParser):
    """How deep comments sit in the page: the most `li.comment` open at once."""

    def __init__(self):
        super().__init__()
        self.open = []
        self.deepest = 0

    def handle_starttag(self, tag, attrs):
        if tag == "li":
            is_comment = "comment" in (dict(attrs).get("class") or "").split()
            self.open.append(is_comment)
            self.deepest = max(self.deepest, sum(self.open))

    def handle_endtag(self, tag):
        if tag == "li" and self.open:
            self.open.pop()


def nesting(page):
    parser = _Nesting()
    parser.feed(page.split('id="comments"')[1])
    return parser.deepest


def test_a_chain_deeper_than_the_maximum_renders_and_replies_within_it(
    client, post_comment, article, settings
):
    settings.COMMENTS_MAX_DEPTH = 3
    # A chain five deep, as if made when the maximum was higher.
    chain = [CommentFactory(page=article)]
    for _ in range(4):
        chain.append(CommentFactory(page=article, parent=chain[-1]))
    page = html(client, article)
    assert nesting(page) == 3
    assert all(f'id="comment-{comment.pk}"' in page for comment in chain)

    deepest = chain[-1]
    response = post_comment(article, parent=deepest.pk, body="Answering the deepest.")
    assert response.status_code == 302
    reply = Comment.objects.get(body="Answering the deepest.")
    reply.status = Comment.Status.APPROVED
    reply.save()
    assert reply.replied_to == deepest
    assert nesting(html(client, article)) == 3


def test_reply_links_are_offered_only_where_the_reply_would_sit(client, article, settings):
    settings.COMMENTS_MAX_DEPTH = 2
    top = CommentFactory(page=article)
    below = CommentFactory(page=article, parent=top)
    page = html(client, article)
    assert f"replyto={top.pk}#respond" in page
    # At the maximum depth the reply answers this comment but sits beside it.
    assert f"replyto={below.pk}#respond" in page
    assert nesting(page) == 2


def test_email_is_optional_without_reply_notices(post_comment, article):
    response = post_comment(article, author_email="")
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.author_email == ""
    assert comment.notify_replies is False
    assert comment.status == Comment.Status.PENDING


def test_reply_notices_need_a_valid_email(post_comment, article):
    response = post_comment(article, author_email="", notify_replies="on")
    assert response.status_code == 200
    assert "Add your email so we can tell you about replies" in response.content.decode()
    response = post_comment(article, author_email="nope", notify_replies="on")
    assert "Enter a valid email address." in response.content.decode()
    assert not Comment.objects.exists()
    assert post_comment(article, notify_replies="on").status_code == 302
    assert Comment.objects.get().notify_replies is True


def test_no_email_earns_no_trust(post_comment, article):
    CommentFactory(page=article, author_email="", status=Comment.Status.APPROVED)
    post_comment(article, author_email="")
    assert Comment.objects.filter(status=Comment.Status.PENDING).count() == 1


def test_the_form_says_the_email_is_optional(client, article):
    page = html(client, article)
    assert "Email (optional)" in page
    assert "only if you ask to hear of replies" in page

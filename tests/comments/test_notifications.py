"""Reply notifications: sent once when a reply is approved, with a one-click unsubscribe."""

import re

import pytest
from django.core import mail

from comments import moderation
from comments.factories import CommentFactory
from comments.models import Comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(article):
    return CommentFactory(
        page=article, author_name="Maya", author_email="maya@example.com", notify_replies=True
    )


def approve(comment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(comment)


def test_approved_reply_emails_the_commenter_once(
    thread, article, django_capture_on_commit_callbacks
):
    reply = CommentFactory(
        page=article,
        parent=thread,
        status=Comment.Status.PENDING,
        author_name="Tom",
        body="You are not alone in this.",
    )
    assert mail.outbox == []
    approve(reply, django_capture_on_commit_callbacks)
    approve(reply, django_capture_on_commit_callbacks)  # approving twice sends nothing more
    [message] = mail.outbox
    assert message.to == ["maya@example.com"]
    assert message.subject == "Tom replied to your comment on “Coping with a hard week”"
    assert "You are not alone in this." in message.body
    assert f"#comment-{reply.pk}" in message.body
    unsubscribe = re.search(r"http://127\.0\.0\.1:8000(/comments/unsubscribe/\S+/)", message.body)
    assert unsubscribe
    assert message.extra_headers["List-Unsubscribe"] == f"<http://127.0.0.1:8000{unsubscribe[1]}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe[1] in message.alternatives[0][0]


def test_no_email_without_the_tick_or_for_ones_own_reply(
    article, django_capture_on_commit_callbacks
):
    quiet = CommentFactory(page=article, notify_replies=False)
    approve(
        CommentFactory(page=article, parent=quiet, status="pending"),
        django_capture_on_commit_callbacks,
    )
    chatty = CommentFactory(page=article, author_email="me@example.com", notify_replies=True)
    own = CommentFactory(
        page=article, parent=chatty, author_email="ME@example.com", status="pending"
    )
    approve(own, django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_one_click_unsubscribe_stops_the_thread_emails(
    client, thread, article, django_capture_on_commit_callbacks
):
    approve(
        CommentFactory(page=article, parent=thread, status="pending"),
        django_capture_on_commit_callbacks,
    )
    path = re.search(r"(/comments/unsubscribe/\S+/)", mail.outbox[0].body)[1]

    page = client.get(path)  # opening the link (or a mail scanner) changes nothing
    assert "Stop reply emails?" in page.content.decode()
    thread.refresh_from_db()
    assert thread.notify_replies

    # RFC 8058: the mail client posts without a CSRF token.
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "Reply emails stopped" in response.content.decode()
    thread.refresh_from_db()
    assert not thread.notify_replies

    mail.outbox.clear()
    approve(
        CommentFactory(page=article, parent=thread, status="pending"),
        django_capture_on_commit_callbacks,
    )
    assert mail.outbox == []


def test_a_tampered_unsubscribe_link_is_refused(client, thread):
    assert client.get("/comments/unsubscribe/not-a-real-token/").status_code == 404


def test_a_reply_past_the_maximum_depth_notifies_whoever_was_answered(
    post_comment, article, settings, django_capture_on_commit_callbacks
):
    settings.COMMENTS_MAX_DEPTH = 3
    level1 = CommentFactory(page=article, author_email="one@example.com", notify_replies=True)
    level2 = CommentFactory(
        page=article, parent=level1, author_email="two@example.com", notify_replies=True
    )
    level3 = CommentFactory(
        page=article, parent=level2, author_email="three@example.com", notify_replies=True
    )
    post_comment(article, parent=level3.pk, author_email="four@example.com", body="Deep reply.")
    reply = Comment.objects.get(body="Deep reply.")
    assert reply.parent == level2 and reply.replied_to == level3
    approve(reply, django_capture_on_commit_callbacks)
    [message] = [m for m in mail.outbox if "replied to your comment" in m.subject]
    assert message.to == ["three@example.com"]


def test_a_trusted_reply_notifies_at_once(post_comment, thread, article):
    CommentFactory(page=article, author_email="tom@example.com")  # Tom is known
    post_comment(article, parent=thread.pk, author_email="tom@example.com", body="Hi Maya.")
    [message] = mail.outbox
    assert message.to == ["maya@example.com"]

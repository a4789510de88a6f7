"""The queue's bulk actions and one-click Approve: what they change, what they send, who may."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core import mail

from accounts.factories import UserFactory
from comments.factories import CommentFactory
from comments.models import Comment
from core.fragments import version

pytestmark = pytest.mark.django_db

QUEUE = "/admin/comments/comment/"
BULK = "/admin/comments/bulk/"


def told(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def pending(article, count):
    return [CommentFactory(page=article, status=Comment.Status.PENDING) for _ in range(count)]


@pytest.mark.parametrize(
    ("action", "status", "message"),
    [
        ("approve", "approved", "3 comments approved."),
        ("spam", "spam", "3 comments marked as spam."),
        ("remove", "removed", "3 comments removed."),
    ],
)
def test_bulk_actions_change_the_ticked_comments_only(
    client, editor, article, action, status, message
):
    ticked = pending(article, 3)
    left = CommentFactory(page=article, status=Comment.Status.PENDING)
    client.force_login(editor)
    back = f"{QUEUE}?status__exact=pending"
    response = client.post(
        BULK, {"action": action, "ids": [c.pk for c in ticked], "next": back}, follow=True
    )
    assert response.redirect_chain[0] == (back, 302)
    assert message in response.content.decode()
    assert set(Comment.objects.filter(status=status).values_list("pk", flat=True)) == {
        c.pk for c in ticked
    }
    left.refresh_from_db()
    assert left.status == Comment.Status.PENDING


def test_one_click_approve_needs_no_confirmation(client, editor, article):
    comment, other = pending(article, 2)
    client.force_login(editor)
    queue = client.get(QUEUE).content.decode()
    assert f'name="approve_one" value="{comment.pk}"' in queue
    # Ticks elsewhere do not matter: the row's button sends its row.
    response = client.post(BULK, {"approve_one": comment.pk, "ids": [other.pk], "action": "remove"})
    assert response.status_code == 302
    assert told(response) == ["1 comment approved."]
    comment.refresh_from_db()
    other.refresh_from_db()
    assert (comment.status, other.status) == ("approved", "pending")


def test_the_queue_has_labelled_checkboxes_and_a_select_all(client, editor, article):
    comment = CommentFactory(page=article, author_name="Maya", status="pending")
    client.force_login(editor)
    queue = client.get(QUEUE).content.decode()
    assert 'data-controller="w-bulk"' in queue
    assert "Select all on this page" in queue
    assert f'name="ids" value="{comment.pk}" aria-label="Select the comment by Maya' in queue
    assert 'name="csrfmiddlewaretoken"' in queue


def test_an_empty_selection_is_explained(client, editor, article):
    pending(article, 1)
    client.force_login(editor)
    response = client.post(BULK, {"action": "approve"})
    assert response.status_code == 302
    assert told(response) == ["No comments were selected: tick the ones to change first."]
    assert not Comment.objects.approved().exists()


@pytest.mark.parametrize(
    "data",
    [
        {"action": "approve", "ids": ["999999", "x", "-1", "9" * 40]},
        {"action": "delete-everything", "ids": ["1"]},
        {"approve_one": "not-a-number"},
    ],
)
def test_unknown_ids_and_actions_are_ignored_safely(client, editor, article, data):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    client.force_login(editor)
    response = client.post(BULK, data)
    assert response.status_code == 302
    assert told(response)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_an_offsite_next_goes_back_to_the_queue(client, editor, article):
    [comment] = pending(article, 1)
    client.force_login(editor)
    response = client.post(BULK, {"approve_one": comment.pk, "next": "https://evil.example/"})
    assert response["Location"] == QUEUE


def test_only_moderators_may_act(client, user, article):
    comments = pending(article, 2)
    ids = [c.pk for c in comments]
    assert client.post(BULK, {"action": "approve", "ids": ids}).status_code == 302  # to sign in
    client.force_login(user)
    client.post(BULK, {"action": "approve", "ids": ids})
    assert not Comment.objects.approved().exists()


def test_admins_without_the_permission_are_refused_and_see_no_checkboxes(client, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    viewer = UserFactory()
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
        Permission.objects.get(codename="view_comment", content_type__app_label="comments"),
    )
    client.force_login(viewer)
    refused = client.post(BULK, {"approve_one": comment.pk})
    # Wagtail's admin answers PermissionDenied by sending the user to the dashboard.
    assert (refused.status_code, refused.get("Location")) in ((403, None), (302, "/admin/"))
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    queue = client.get(QUEUE)
    if queue.status_code == 200:
        assert 'name="ids"' not in queue.content.decode()
        assert 'name="approve_one"' not in queue.content.decode()


def test_a_get_changes_nothing(client, editor, article):
    [comment] = pending(article, 1)
    client.force_login(editor)
    assert client.get(BULK, {"approve_one": comment.pk}).status_code == 405
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_approving_many_sends_reply_notices_once_each(
    client, editor, article, django_capture_on_commit_callbacks
):
    asker = CommentFactory(
        page=article, author_email="maya@example.com", notify_replies=True, status="pending"
    )
    replies = [
        CommentFactory(page=article, parent=asker, status="pending", author_email=f"r{n}@x.org")
        for n in range(2)
    ]
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(BULK, {"action": "approve", "ids": [asker.pk, *(r.pk for r in replies)]})
    # The question and its answers approved together: Maya hears of both answers.
    assert len([m for m in mail.outbox if m.to == ["maya@example.com"]]) == 2
    with django_capture_on_commit_callbacks(execute=True):
        client.post(BULK, {"action": "remove", "ids": [r.pk for r in replies]})
        client.post(BULK, {"action": "approve", "ids": [r.pk for r in replies]})
    assert len([m for m in mail.outbox if m.to == ["maya@example.com"]]) == 2


def test_approving_many_renews_each_page_once(
    client, editor, article, purges, django_capture_on_commit_callbacks
):
    comments = pending(article, 4)
    before = version(f"comments:{article.pk}")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(BULK, {"action": "approve", "ids": [c.pk for c in comments]})
    assert purges == [article.url]
    assert version(f"comments:{article.pk}") != before
    assert all(c.body in client.get(article.url).content.decode() for c in comments)

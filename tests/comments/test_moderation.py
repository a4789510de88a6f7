"""Moderation: who waits, who is trusted, care keywords, and the admin queue."""

import pytest
from django.core import mail

from accounts.factories import UserFactory
from comments import moderation
from comments.factories import CommentFactory
from comments.models import Comment
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_first_time_commenter_waits_known_commenter_appears(post_comment, article):
    post_comment(article, author_email="new@example.com")
    assert Comment.objects.get().status == Comment.Status.PENDING

    CommentFactory(page=article, author_email="known@example.com")
    post_comment(article, author_email="Known@Example.com", body="Back again.")
    assert Comment.objects.get(body="Back again.").status == Comment.Status.APPROVED


def test_an_accounts_email_earns_no_trust_when_typed_by_anyone(post_comment, article):
    coach = UserFactory(email="coach@tranquil.example")
    CommentFactory(page=article, author_email=coach.email, user=coach)
    post_comment(article, author_email="coach@tranquil.example", body="Pretending.")
    assert Comment.objects.get(body="Pretending.").status == Comment.Status.PENDING


def test_a_signed_in_reader_is_known_by_their_account(client, post_comment, article):
    reader = UserFactory()
    CommentFactory(page=article, user=reader, author_email=reader.email)
    client.force_login(reader)
    post_comment(article, author_email=None, body="Me again.")
    assert Comment.objects.get(body="Me again.").status == Comment.Status.APPROVED


def test_the_articles_author_is_emailed_too(post_comment, full_article):
    full_article.author.user = UserFactory(email="cara@tranquil.example")
    full_article.author.save()
    post_comment(full_article)
    assert mail.outbox[0].to == [SiteSettings.load().contact_email, "cara@tranquil.example"]


def test_trusting_known_commenters_can_be_switched_off(post_comment, article, settings):
    settings.COMMENTS_TRUST_KNOWN_COMMENTERS = False
    CommentFactory(page=article, author_email="known@example.com")
    post_comment(article, author_email="known@example.com", body="Back again.")
    assert Comment.objects.get(body="Back again.").status == Comment.Status.PENDING


def test_owner_is_emailed_about_each_comment_awaiting_moderation(post_comment, article):
    post_comment(article, body="A first comment.")
    [message] = mail.outbox
    assert message.to == [SiteSettings.load().contact_email]
    assert message.subject == "New comment awaiting moderation: Coping with a hard week"
    assert "A first comment." in message.body
    assert "/admin/comments/comment/" in message.body
    assert message.alternatives[0][1] == "text/html"


def test_care_keywords_hold_a_comment_show_support_and_flag_the_email(
    client, post_comment, article
):
    CommentFactory(page=article, author_email="known@example.com")  # trusted otherwise
    response = post_comment(
        article, author_email="known@example.com", body="Some nights I want to die."
    )
    comment = Comment.objects.get(body="Some nights I want to die.")
    assert comment.needs_care and comment.status == Comment.Status.PENDING
    page = client.get(response["Location"]).content.decode()
    assert 'role="alert"' in page and "Thank you for telling us" in page
    assert "116 123" in page.split('id="comments"')[1]
    # Said once on the screen: the footer links to the note instead of repeating it.
    assert page.count("116 123") == 1 and page.count('id="crisis"') == 1
    assert "See the crisis support on this page." in page
    [message] = mail.outbox
    assert message.subject.startswith("A comment needs a caring reply soon")
    assert "reply with care soon" in message.body
    # The support box is shown once, not on every later visit.
    assert "Thank you for telling us" not in client.get(article.url).content.decode()


def test_the_owner_edits_the_care_keywords(post_comment, article):
    settings = SiteSettings.load()
    settings.care_keywords = "hopeless"
    settings.save()
    post_comment(article, body="Feeling HOPELESS lately.")
    assert Comment.objects.get().needs_care
    post_comment(article, body="Thinking of suicide prevention week.", author_email="x@y.org")
    assert not Comment.objects.get(author_email="x@y.org").needs_care


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "approved"), ("spam", "spam"), ("remove", "removed")],
)
def test_moderation_actions_in_the_admin(client, editor, article, action, status):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    client.force_login(editor)
    url = f"/admin/comments/{comment.pk}/{action}/"
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert comment.body in confirm.content.decode()
    comment.refresh_from_db()
    assert comment.status == "pending"  # a GET changes nothing
    response = client.post(url, {"next": "https://evil.example/"})
    assert response["Location"] == "/admin/comments/comment/"
    comment.refresh_from_db()
    assert comment.status == status


def test_approval_makes_a_comment_public(client, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING, body="Now you see me.")
    assert "Now you see me." not in client.get(article.url).content.decode()
    moderation.approve(comment)
    assert "Now you see me." in client.get(article.url).content.decode()


@pytest.mark.parametrize("action", [moderation.mark_spam, moderation.remove])
def test_spam_and_removed_comments_disappear(client, article, action):
    shown = CommentFactory(page=article, body="Visible words.")
    action(shown)
    assert "Visible words." not in client.get(article.url).content.decode()


def test_the_admin_cannot_add_comments_or_change_status_by_editing(client, editor, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    client.force_login(editor)
    assert client.get("/admin/comments/comment/create/").status_code in (302, 403)
    form = client.get(f"/admin/comments/comment/edit/{comment.pk}/").content.decode()
    assert 'name="body"' in form
    assert 'name="status"' not in form


def test_readers_cannot_moderate(client, user, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    client.force_login(user)
    client.post(f"/admin/comments/{comment.pk}/approve/")
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_queue_lists_filters_and_counts(client, editor, article):
    CommentFactory(page=article, status=Comment.Status.PENDING, body="Waiting one")
    CommentFactory(page=article, status=Comment.Status.PENDING, needs_care=True, body="Care one")
    CommentFactory(page=article, status=Comment.Status.APPROVED, body="Approved one")
    client.force_login(editor)
    queue = client.get("/admin/comments/comment/?status__exact=pending").content.decode()
    assert "Waiting one" in queue and "Care one" in queue and "Approved one" not in queue
    assert 'name="approve_one"' in queue
    by_page = client.get(f"/admin/comments/comment/?page={article.pk}").content.decode()
    assert "Approved one" in by_page
    dashboard = client.get("/admin/").content.decode()
    assert "2 comments awaiting moderation" in dashboard
    assert "1 needs a caring reply soon" in dashboard


def test_the_admin_never_shows_commenter_emails_in_the_list(client, editor, article):
    CommentFactory(page=article, author_email="secret@example.com")
    client.force_login(editor)
    assert "secret@example.com" not in client.get("/admin/comments/comment/").content.decode()


def test_the_queue_draws_no_missing_images_and_lists_each_page_once(client, editor, article):
    CommentFactory(page=article, needs_care=True)
    CommentFactory(page=article)
    client.force_login(editor)
    html = client.get("/admin/comments/comment/").content.decode()
    assert "/static/admin/img/" not in html
    assert "Reply with care, soon" in html
    assert html.count(f"?page={article.pk}") == 1

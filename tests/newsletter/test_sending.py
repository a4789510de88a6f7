"""Announcing an article: once, on first publication, to the feed, browsers and inboxes."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles.factories import ArticlePageFactory
from articles.models import Announcement
from newsletter import mailings, tasks
from newsletter.models import Delivery, Mailing, Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribers(db):
    confirmed = [
        Subscriber.objects.create(
            email=f"reader{n}@example.com",
            first_name=f"Reader{n}",
            status=Subscriber.Status.SUBSCRIBED,
        )
        for n in range(3)
    ]
    Subscriber.objects.create(email="pending@example.com")
    Subscriber.objects.create(email="gone@example.com", status=Subscriber.Status.UNSUBSCRIBED)
    return confirmed


@pytest.fixture
def draft(article_index):
    """An article written but never published, with the editor's choice to email it."""
    page = ArticlePageFactory(
        parent=article_index,
        title="Small steps count",
        slug="small-steps",
        intro="Why a five-minute walk is a real goal.",
        live=False,
        announced=False,
        email_subscribers=True,
    )
    return page


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def test_first_publication_emails_each_confirmed_subscriber_once(
    draft, subscribers, django_capture_on_commit_callbacks
):
    publish(draft, django_capture_on_commit_callbacks)

    assert sorted(m.to[0] for m in mail.outbox) == [s.email for s in subscribers]
    message = next(m for m in mail.outbox if m.to == ["reader0@example.com"])
    assert message.subject == "Small steps count"
    assert "Hello Reader0" in message.body
    assert "Why a five-minute walk is a real goal." in message.body
    assert "/articles/small-steps/" in message.body
    html = message.alternatives[0][0]
    assert "Read the article" in html and "/articles/small-steps/" in html
    unsubscribe = subscribers[0].unsubscribe_url
    assert message.extra_headers == {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    assert unsubscribe in message.body and unsubscribe in html

    mailing = Mailing.objects.with_progress().get()
    assert (mailing.total, mailing.sent, mailing.failed, mailing.waiting) == (3, 3, 0, 0)
    assert mailing.finished_at is not None
    assert Announcement.objects.filter(page=draft).count() == 1


def test_publishing_an_edit_announces_nothing_again(
    draft, subscribers, django_capture_on_commit_callbacks
):
    publish(draft, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    draft.refresh_from_db()
    draft.intro = "Edited after publishing."
    publish(draft, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert Mailing.objects.count() == 1
    assert Delivery.objects.count() == 3


def test_without_the_editors_choice_no_email_goes_out(
    draft, subscribers, django_capture_on_commit_callbacks
):
    draft.email_subscribers = False
    draft.save()
    publish(draft, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not Mailing.objects.exists()
    assert Announcement.objects.filter(page=draft).exists()  # the feed still hears of it


def test_a_private_article_is_not_announced(draft, subscribers, django_capture_on_commit_callbacks):
    PageViewRestriction.objects.create(page=draft, restriction_type="password", password="x")
    publish(draft, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not Announcement.objects.exists()


def test_only_announced_articles_are_in_the_feed(client, article, draft):
    feed = client.get("/articles/feed/").text
    assert "Coping with a hard week" in feed
    draft.save_revision()  # a draft, and a live article that was never announced
    unannounced = ArticlePageFactory(
        parent=article.get_parent(), title="Quietly live", announced=False
    )
    feed = client.get("/articles/feed/").text
    assert unannounced.title not in feed and draft.title not in feed


def test_sending_twice_gives_each_subscriber_exactly_one_delivery(article, subscribers):
    mailing, started = mailings.start_mailing(article)
    assert started
    assert mailings.start_mailing(article) == (mailing, False)  # a second click

    tasks.plan_mailing.call(mailing.pk)
    tasks.plan_mailing.call(mailing.pk)  # a retried task
    assert Delivery.objects.count() == 3
    ids = list(Delivery.objects.values_list("pk", flat=True))
    tasks.send_batch.call(ids)
    tasks.send_batch.call(ids)  # the same batch again
    assert len(mail.outbox) == 3
    for subscriber in subscribers:
        assert Delivery.objects.filter(subscriber=subscriber, status="sent").count() == 1


def test_a_subscriber_who_joins_mid_send_gets_it_without_doubles(article, subscribers):
    mailing, _ = mailings.start_mailing(article)
    tasks.plan_mailing.call(mailing.pk)
    assert len(mail.outbox) == 3
    Subscriber.objects.create(email="late@example.com", status=Subscriber.Status.SUBSCRIBED)
    tasks.plan_mailing.call(mailing.pk)
    assert [m.to for m in mail.outbox].count(["late@example.com"]) == 1
    assert Delivery.objects.count() == 4


class FlakyBackend(EmailBackend):
    """The locmem backend, except that one address is refused by the server."""

    def send_messages(self, messages):
        if any(m.to == ["reader1@example.com"] for m in messages):
            raise ConnectionError("mailbox unavailable")
        return super().send_messages(messages)


def test_one_failed_address_does_not_stop_the_others(article, subscribers, settings):
    settings.EMAIL_BACKEND = "tests.newsletter.test_sending.FlakyBackend"
    mailing, _ = mailings.start_mailing(article)
    tasks.plan_mailing.call(mailing.pk)
    assert sorted(m.to[0] for m in mail.outbox) == ["reader0@example.com", "reader2@example.com"]
    failed = Delivery.objects.get(status="failed")
    assert failed.subscriber.email == "reader1@example.com"
    assert "mailbox unavailable" in failed.error
    mailing = Mailing.objects.with_progress().get()
    assert (mailing.sent, mailing.failed, mailing.waiting) == (2, 1, 0)
    tasks.send_batch.call([failed.pk])  # a retry does not resend a failed delivery either
    assert len(mail.outbox) == 2


def test_batches_split_the_list(article, subscribers, settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    mailing, _ = mailings.start_mailing(article)
    tasks.plan_mailing.call(mailing.pk)
    assert len(mail.outbox) == 3
    assert len(set(Delivery.objects.values_list("claim", flat=True))) == 2


def test_no_subscribers_finishes_at_once(article):
    mailing, _ = mailings.start_mailing(article)
    tasks.plan_mailing.call(mailing.pk)
    mailing.refresh_from_db()
    assert mailing.finished_at is not None


def test_a_scheduled_article_is_announced_when_it_goes_live(
    draft, subscribers, django_capture_on_commit_callbacks
):
    draft.go_live_at = timezone.now() + timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()  # scheduled: Wagtail still sends page_published
    assert mail.outbox == [] and not Announcement.objects.exists()

    revision = draft.get_latest_revision()  # three days pass
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert len(mail.outbox) == 3
    assert Announcement.objects.filter(page=draft).count() == 1


def test_an_alias_is_not_news(article, subscribers, django_capture_on_commit_callbacks):
    article.email_subscribers = True
    article.save()
    with django_capture_on_commit_callbacks(execute=True):
        article.create_alias(update_slug="hard-week-again")
        article.save_revision().publish()
    assert mail.outbox == []
    assert Announcement.objects.count() == 1


def test_a_copy_does_not_inherit_the_email_choice(draft):
    copy = draft.copy(update_attrs={"slug": "small-steps-copy", "title": "Copy"})
    assert copy.email_subscribers is False


def test_no_one_who_left_before_their_batch_gets_it(article, subscribers, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    mailing, _ = mailings.start_mailing(article)
    tasks.plan_mailing.call(mailing.pk)  # the batches wait in the queue
    subscribers[0].unsubscribe()
    tasks.send_batch.call(list(Delivery.objects.values_list("pk", flat=True)))
    assert sorted(m.to[0] for m in mail.outbox) == ["reader1@example.com", "reader2@example.com"]
    assert Delivery.objects.get(subscriber=subscribers[0]).status == "failed"


def test_an_article_unpublished_before_its_batch_is_not_sent(article, subscribers, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    mailing, _ = mailings.start_mailing(article)
    tasks.plan_mailing.call(mailing.pk)
    article.unpublish()
    tasks.send_batch.call(list(Delivery.objects.values_list("pk", flat=True)))
    assert mail.outbox == []
    assert set(Delivery.objects.values_list("status", flat=True)) == {"failed"}
    assert Mailing.objects.get().finished_at is not None

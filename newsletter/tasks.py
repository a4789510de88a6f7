"""Background work: confirmation emails, article mailings in batches, push notifications."""

import json

from django.conf import settings
from django.utils.text import Truncator
from django_tasks import task

from articles.models import ArticlePage
from core.emails import send_email

from . import push, sending
from .models import Consent, PushSubscription, Subscriber

# Sign-up emails say so when the server takes them (receivers.py starts the interval then).
SIGNUP_TAG = "newsletter-signup:"


@task()
def send_confirmation(consent_id):
    """The double opt-in email: a link to a page with a Confirm button."""
    consent = Consent.objects.select_related("subscriber").get(pk=consent_id)
    subscriber = consent.subscriber
    send_email(
        "newsletter/email/confirm",
        subscriber.email,
        {
            "consent": consent,
            "confirm_url": consent.confirm_url(),
            "max_age_days": settings.NEWSLETTER_CONFIRM_MAX_AGE_DAYS,
            "unsubscribe_url": subscriber.unsubscribe_url,
        },
        headers=subscriber.list_headers(),
        tag=SIGNUP_TAG + subscriber.mail_key,
    )


@task()
def send_already_subscribed(subscriber_id):
    """Someone signed this address up again: tell its owner there is nothing to do."""
    subscriber = Subscriber.objects.get(pk=subscriber_id)
    send_email(
        "newsletter/email/already_subscribed",
        subscriber.email,
        {"subscriber": subscriber, "unsubscribe_url": subscriber.unsubscribe_url},
        headers=subscriber.list_headers(),
        tag=SIGNUP_TAG + subscriber.mail_key,
    )


@task()
def plan_mailing(mailing_id):
    for batch in sending.plan(mailing_id):
        send_batch.enqueue(list(batch))


@task()
def send_batch(delivery_ids):
    sending.send_batch(delivery_ids)


@task()
def push_article(article_id):
    """Queue a notification of a new article to every subscribed browser, in batches."""
    article = ArticlePage.objects.live().public().filter(pk=article_id).first()
    if article is None:
        return  # unpublished or made private before the push went out
    # A push message must stay under 4 KB once encrypted.
    payload = json.dumps(
        {
            "title": Truncator(article.title).chars(120),
            "body": Truncator(article.intro).chars(240),
            "url": article.full_url,
        }
    )
    browsers = PushSubscription.objects.order_by("pk").values_list("pk", flat=True)
    for chunk in sending.batched(browsers.iterator(), settings.PUSH_BATCH_SIZE):
        push_batch.enqueue(list(chunk), payload)


@task()
def push_batch(subscription_ids, payload):
    push.send_to(subscription_ids, payload)

"""Subscribe from the footer, confirm from the email, and turn the push bell on."""

import base64
import json
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage
from newsletter import vapid
from newsletter.models import PushSubscription, Subscriber
from tests.newsletter.push_service import PushService, unb64url

from .conftest import assert_accessible, assert_no_third_party_requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_subscribe_confirm_and_turn_on_the_bell(page, settings):
    settings.NEWSLETTER_MIN_SECONDS = 0  # a test types faster than any person

    page.goto("/articles/")
    footer = page.get_by_role("contentinfo")
    signup = footer.get_by_role("region", name="Stay up to date")
    signup.get_by_label("Email", exact=True).fill("reader@example.com")
    signup.get_by_label("First name (optional)").fill("Robin")
    signup.get_by_label(re.compile("Yes, email me")).check()
    assert_accessible(page)
    signup.get_by_role("button", name="Subscribe").click()

    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    expect(page.get_by_text("Look for our email at reader@example.com")).to_be_visible()
    assert_accessible(page)

    message = next(m for m in mail.outbox if m.to == ["reader@example.com"])
    link = re.search(r"https?://\S+(/newsletter/confirm/\?token=\S+)", message.body).group(1)
    page.goto(link)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", name="You are subscribed")).to_be_visible()
    assert Subscriber.objects.get().status == Subscriber.Status.SUBSCRIBED

    turn_on_the_bell(page)


# Chromium's own push service is Google's (FCM), which this machine cannot reach; so this
# stands in for the browser's network call only. The subscription carries keys the test
# holds and an endpoint on a push service running here, and lasts the tab's session (so a
# reload still finds it). Everything else is real: the service worker, the bell, our
# endpoints, the encrypted push, and the notification.
FAKE_PUSH_SERVICE = """
(() => {
    const subscription = {
        endpoint: %(endpoint)s,
        expirationTime: null,
        toJSON: () => ({ endpoint: %(endpoint)s, expirationTime: null, keys: %(keys)s }),
        unsubscribe: async () => { sessionStorage.removeItem("pushSubscribed"); return true; },
    };
    PushManager.prototype.subscribe = async function (options) {
        window.applicationServerKey = btoa(String.fromCharCode(...options.applicationServerKey));
        sessionStorage.setItem("pushSubscribed", "yes");
        return subscription;
    };
    PushManager.prototype.getSubscription = async function () {
        return sessionStorage.getItem("pushSubscribed") ? subscription : null;
    };
})();
"""


def registration_id(page):
    """The service worker's registration, as Chromium's DevTools protocol names it."""
    cdp = page.context.new_cdp_session(page)
    registrations = []
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda event: registrations.extend(event["registrations"]),
    )
    cdp.send("ServiceWorker.enable")
    for _ in range(300):  # up to 30 s: CI machines are loaded
        live = [r for r in registrations if not r["isDeleted"]]
        if live:
            return cdp, live[-1]["registrationId"]
        page.wait_for_timeout(100)
    raise AssertionError("no service worker registration")


def shown_notifications(page, expected):
    """The service worker's notifications, once `expected` of them show (up to 30 s: CI
    machines are loaded, and a 5-second poll has failed there)."""
    page.wait_for_function(
        """async (expected) => {
            const registration = await navigator.serviceWorker.ready;
            return (await registration.getNotifications()).length >= expected;
        }""",
        arg=expected,
        timeout=30_000,
    )
    return page.evaluate(
        """navigator.serviceWorker.ready
        .then((registration) => registration.getNotifications())
        .then((notes) => notes.map((n) => ({ title: n.title, body: n.body, url: n.data.url })))"""
    )


def turn_on_the_bell(page):
    with PushService() as service:
        browser = service.browser("chromium")
        keys = browser.subscription()["keys"]
        page.context.add_init_script(
            FAKE_PUSH_SERVICE % {"endpoint": json.dumps(browser.endpoint), "keys": json.dumps(keys)}
        )
        page.context.grant_permissions(["notifications"])
        page.goto("/")
        bell = page.get_by_role("button", name="Notifications", exact=True)
        expect(bell).to_have_attribute("aria-pressed", "false")
        bell.click()
        expect(page.get_by_text("Notifications are on.")).to_be_visible()
        expect(bell).to_have_attribute("aria-pressed", "true")
        assert_accessible(page)

        scope = page.evaluate(
            "navigator.serviceWorker.getRegistration('/').then((r) => r && r.active && r.scope)"
        )
        assert scope == page.url
        assert (
            page.evaluate("window.applicationServerKey")
            == base64.b64encode(unb64url(vapid.public_key())).decode()
        )
        assert PushSubscription.objects.get().endpoint == browser.endpoint

        article = ArticlePageFactory(
            parent=ArticleIndexPage.objects.get(),
            title="A brand new article",
            intro="What to do when motivation runs out.",
            live=False,
            announced=False,
        )
        article.save_revision().publish()
        payload = browser.decrypt(service.to(browser)[0]["body"]).decode()
        assert json.loads(payload)["title"] == "A brand new article"

        cdp, registration = registration_id(page)
        origin = page.url.rstrip("/")
        cdp.send(
            "ServiceWorker.deliverPushMessage",
            {"origin": origin, "registrationId": registration, "data": payload},
        )
        notes = shown_notifications(page, 1)
        assert notes == [
            {
                "title": "A brand new article",
                "body": "What to do when motivation runs out.",
                "url": json.loads(payload)["url"],
            }
        ]

        bell.click()
        expect(page.get_by_text("Notifications are off.")).to_be_visible()
        expect(bell).to_have_attribute("aria-pressed", "false")
        assert not PushSubscription.objects.exists()
    assert_no_third_party_requests(page)

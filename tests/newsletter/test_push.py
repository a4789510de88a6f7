"""Web push over the real protocol: a push service on 127.0.0.1, payloads decrypted."""

import json
import socket
import time

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from articles.factories import ArticlePageFactory
from newsletter import vapid
from newsletter.models import PushSubscription, VapidKey

from .push_service import Browser, PushService, b64url, verify_vapid

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/newsletter/push/subscribe/"
UNSUBSCRIBE = "/newsletter/push/unsubscribe/"


@pytest.fixture
def push_service():
    with PushService() as service:
        yield service


def subscribe(client, browser_or_data):
    data = (
        browser_or_data.subscription() if isinstance(browser_or_data, Browser) else browser_or_data
    )
    body = data if isinstance(data, (str, bytes)) else json.dumps(data)
    return client.post(SUBSCRIBE, body, content_type="application/json")


def publish_article(article_index, capture, **fields):
    page = ArticlePageFactory(
        parent=article_index,
        title="Kindness on a bad day",
        slug="kindness",
        intro="Talking to yourself as you would to a friend.",
        live=False,
        announced=False,
        **fields,
    )
    with capture(execute=True):
        page.save_revision().publish()
    return page


def test_publishing_pushes_an_encrypted_signed_notification(
    client, article_index, push_service, django_capture_on_commit_callbacks
):
    browser = push_service.browser("reader")
    assert subscribe(client, browser).status_code == 201
    page = publish_article(article_index, django_capture_on_commit_callbacks)

    [request] = push_service.to(browser)
    headers = request["headers"]
    assert headers["content-encoding"] == "aes128gcm"
    assert headers["ttl"] == "86400"
    message = json.loads(browser.decrypt(request["body"]))
    assert message == {
        "title": "Kindness on a bad day",
        "body": "Talking to yourself as you would to a friend.",
        "url": page.full_url,
    }
    assert message["url"].endswith("/articles/kindness/")

    claims, key = verify_vapid(headers["authorization"])
    assert claims["sub"] == "mailto:hello@tranquil.example"  # the practice's contact address
    assert claims["aud"] == push_service.url
    assert claims["exp"] > time.time()
    assert key == client.get("/newsletter/push/key/").json()["publicKey"]
    assert PushSubscription.objects.get().last_sent_at is not None


def test_an_edit_pushes_nothing_again(
    client, article_index, push_service, django_capture_on_commit_callbacks
):
    browser = push_service.browser("reader")
    subscribe(client, browser)
    page = publish_article(article_index, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert len(push_service.to(browser)) == 1


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gone_subscriptions_are_removed_and_failures_stop_no_one(
    client, article_index, push_service, django_capture_on_commit_callbacks
):
    gone = push_service.browser("gone", status=410)
    expired = push_service.browser("expired", status=404)
    broken = push_service.browser("broken", status=500)
    unreachable = Browser(f"http://127.0.0.1:{closed_port()}/push/nobody")
    reader = push_service.browser("reader")
    for browser in [gone, expired, broken, unreachable, reader]:
        assert subscribe(client, browser).status_code == 201

    publish_article(article_index, django_capture_on_commit_callbacks)

    assert json.loads(reader.decrypt(push_service.to(reader)[0]["body"]))["title"]
    remaining = set(PushSubscription.objects.values_list("endpoint", flat=True))
    assert remaining == {broken.endpoint, unreachable.endpoint, reader.endpoint}
    failures = dict(PushSubscription.objects.values_list("endpoint", "failures"))
    assert failures == {broken.endpoint: 1, unreachable.endpoint: 1, reader.endpoint: 0}


def test_a_broken_stored_subscription_stops_no_one(
    client, article_index, push_service, django_capture_on_commit_callbacks
):
    PushSubscription.objects.create(  # say, stored before a check existed
        endpoint=f"{push_service.url}/push/odd", p256dh="not-a-key!", auth="x"
    )
    reader = push_service.browser("reader")
    subscribe(client, reader)
    publish_article(article_index, django_capture_on_commit_callbacks)
    assert json.loads(reader.decrypt(push_service.to(reader)[0]["body"]))["title"]
    assert PushSubscription.objects.get(endpoint__endswith="/odd").failures == 1


def test_a_private_article_pushes_nothing(
    client, article_index, push_service, django_capture_on_commit_callbacks
):
    browser = push_service.browser("reader")
    subscribe(client, browser)
    PageViewRestriction.objects.create(page=article_index, restriction_type="login")
    publish_article(article_index, django_capture_on_commit_callbacks)
    assert push_service.received == []


def test_turning_notifications_off_removes_the_subscription(client, push_service):
    browser = push_service.browser("reader")
    subscribe(client, browser)
    response = client.post(
        UNSUBSCRIBE, {"endpoint": browser.endpoint}, content_type="application/json"
    )
    assert response.status_code == 200 and response.json() == {"subscribed": False}
    assert not PushSubscription.objects.exists()


def test_subscribing_again_updates_the_keys(client, push_service):
    browser = push_service.browser("reader")
    assert subscribe(client, browser).status_code == 201
    renewed = Browser(browser.endpoint)
    assert subscribe(client, renewed).status_code == 200
    assert PushSubscription.objects.get().auth == b64url(renewed.auth_secret)


def valid():
    return Browser("https://fcm.googleapis.com/fcm/send/abc123").subscription()


def with_keys(**keys):
    data = valid()
    data["keys"].update(keys)
    return data


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ("not json", 400, "Send the subscription as JSON."),
        ("[1, 2]", 400, "needs an endpoint and keys"),
        ({"endpoint": "https://fcm.googleapis.com/x"}, 400, "needs an endpoint and keys"),
        ({**valid(), "endpoint": "https://evil.example/push"}, 400, "not a push service"),
        ({**valid(), "endpoint": "http://fcm.googleapis.com/x"}, 400, "not a push service"),
        ({**valid(), "endpoint": "https://fcm.googleapis.com.evil.example/x"}, 400, "not a push"),
        ({**valid(), "endpoint": "file:///etc/passwd"}, 400, "not a push service"),
        ({**valid(), "endpoint": 42}, 400, "not a push service"),
        (with_keys(p256dh="shortkey"), 400, "keys.p256dh must be 65 bytes"),
        (with_keys(p256dh=b64url(b"\x04" + b"\x01" * 64)), 400, "not a P-256 public key"),
        (with_keys(auth=b64url(b"x" * 8)), 400, "keys.auth must be 16 bytes"),
        (with_keys(auth=None), 400, "keys.p256dh and keys.auth are required"),
        (json.dumps({**valid(), "padding": "x" * 5000}), 413, "too large"),
        ("[" * 1500, 400, "Send the subscription as JSON."),
        (b"\xff\xfe{}", 400, "Send the subscription as JSON."),
        ({**valid(), "endpoint": "https://fcm.googleapis.com/\ud800"}, 400, "not a push"),
        ({**valid(), "endpoint": "https://a:b@fcm.googleapis.com/x"}, 400, "not a push"),
        ({**valid(), "endpoint": "https://fcm.googleapis.com:8443/x"}, 400, "not a push"),
        ({**valid(), "endpoint": "https://fcm.googleapis.com/x\x00"}, 400, "not a push"),
        (with_keys(p256dh="é" * 87), 400, "keys.p256dh must be 65 bytes"),
        (with_keys(auth=valid()["keys"]["auth"] + "!"), 400, "keys.auth must be 16 bytes"),
    ],
)
def test_bad_subscriptions_get_a_clear_4xx(client, body, status, error):
    response = subscribe(client, body)
    assert response.status_code == status
    assert error in response.json()["error"]
    assert not PushSubscription.objects.exists()


def test_a_real_push_service_endpoint_is_accepted(client):
    assert subscribe(client, valid()).status_code == 201


def test_bad_unsubscribe_requests_get_a_4xx(client):
    for body in ["{", "{}", "[" * 1500, '{"endpoint": "x\\u0000"}', '{"endpoint": 1}']:
        assert client.post(UNSUBSCRIBE, body, content_type="application/json").status_code == 400
    assert client.get(SUBSCRIBE).status_code == 405


def test_the_endpoints_are_rate_limited(client, settings):
    settings.PUSH_RATE_LIMIT = (2, 3600)
    assert subscribe(client, valid()).status_code == 201
    assert subscribe(client, valid()).status_code == 200
    response = subscribe(client, valid())
    assert response.status_code == 429
    assert "Too many requests" in response.json()["error"]


def test_the_bell_needs_the_csrf_token(push_service):
    page = Client(enforce_csrf_checks=True)
    body = json.dumps(push_service.browser("reader").subscription())
    assert page.post(SUBSCRIBE, body, content_type="application/json").status_code == 403


def test_the_vapid_key_is_made_once_and_kept(client):
    first = client.get("/newsletter/push/key/").json()["publicKey"]
    cache.clear()
    assert client.get("/newsletter/push/key/").json()["publicKey"] == first
    assert VapidKey.objects.count() == 1
    assert len(first) == 87  # 65 bytes, base64url


def test_a_vapid_key_from_the_environment_wins(client, settings):
    browser = Browser("https://example.invalid/")  # any P-256 key will do
    raw = browser.private_key.private_numbers().private_value.to_bytes(32, "big")
    settings.VAPID_PRIVATE_KEY = b64url(raw)
    assert vapid.public_key() == b64url(browser.public_bytes)
    assert not VapidKey.objects.exists()


def test_the_service_worker_is_served_from_the_root(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert 'addEventListener("push"' in response.text


def test_the_bell_is_on_public_pages_and_the_same_for_everyone(client, article, client_profile):
    for url in ["/", article.url]:
        html = client.get(url).text
        assert html.count("data-push-bell") == 1, url
        assert 'aria-pressed="false"' in html, url  # the browser says whether it is on
        assert "data-push-link" in html, url  # the footer's words for it
    client.force_login(client_profile.user)
    assert client.get(article.url).text.count("data-push-bell") == 1


def test_the_bell_stays_out_of_private_rooms(client, client_profile):
    assert "data-push-bell" not in client.get("/accounts/login/").text
    client.force_login(client_profile.user)
    for url in ("/portal/", "/portal/goals/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "data-push-bell" not in response.text, url

"""Browser push: checking what a browser sends us, and sending to every browser.

An endpoint is an address our server will POST to, given by anyone on the internet, so
only the push services browsers use are accepted (PUSH_SERVICE_HOSTS), over HTTPS.
"""

import base64
import json
import logging
import re
from urllib.parse import urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import F
from django.utils import timezone
from pywebpush import WebPushException, webpush

from . import vapid
from .models import PushSubscription

logger = logging.getLogger(__name__)

GONE = {404, 410}  # the browser unsubscribed or the subscription expired
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
BASE64URL = re.compile(r"[A-Za-z0-9_-]+")


class BadSubscription(ValueError):
    """What the browser sent is not a push subscription we can use; the text says why."""

    status = 400


class TooLarge(BadSubscription):
    status = 413


def decode_key(value, length, name):
    """A browser key in unpadded base64url, exactly `length` bytes long, or BadSubscription."""
    text = value.rstrip("=") if isinstance(value, str) else ""
    if len(text) != (length * 8 + 5) // 6 or not BASE64URL.fullmatch(text):
        raise BadSubscription(f"keys.{name} must be {length} bytes in base64url.")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def allowed_endpoint(url):
    """HTTPS to a known push service; plain HTTP (and a port) only to this machine.

    No user name or password in it either: pywebpush could not sign for such an address.
    """
    if not url.isascii() or not url.isprintable():
        return False
    try:
        URLValidator(schemes=["https", "http"])(url)
        parts = urlsplit(url)
        port = parts.port
    except (ValidationError, ValueError):
        return False
    host = (parts.hostname or "").lower()
    if parts.username or parts.password:
        return False
    if host in LOOPBACK:
        return host in settings.PUSH_SERVICE_HOSTS
    known = any(host == h or host.endswith("." + h) for h in settings.PUSH_SERVICE_HOSTS)
    return known and parts.scheme == "https" and port is None


def read_json(body):
    if len(body) > settings.PUSH_MAX_BODY_BYTES:
        raise TooLarge("That request is too large.")
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise BadSubscription("Send the subscription as JSON.") from error


def parse_subscription(body):
    """The endpoint and keys from a browser's `PushSubscription.toJSON()`, checked."""
    data = read_json(body)
    if not isinstance(data, dict) or not isinstance(data.get("keys"), dict):
        raise BadSubscription("A subscription needs an endpoint and keys.")
    endpoint = data.get("endpoint")
    if not isinstance(endpoint, str) or len(endpoint) > 1000 or not allowed_endpoint(endpoint):
        raise BadSubscription("That endpoint is not a push service we send to.")
    p256dh, auth = data["keys"].get("p256dh"), data["keys"].get("auth")
    if not isinstance(p256dh, str) or not isinstance(auth, str):
        raise BadSubscription("keys.p256dh and keys.auth are required.")
    point = decode_key(p256dh, 65, "p256dh")
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError as error:
        raise BadSubscription("keys.p256dh is not a P-256 public key.") from error
    decode_key(auth, 16, "auth")
    return {"endpoint": endpoint, "p256dh": p256dh.rstrip("="), "auth": auth.rstrip("=")}


def endpoint_from(body):
    """Just the endpoint, for turning notifications off."""
    data = read_json(body)
    endpoint = data.get("endpoint") if isinstance(data, dict) else None
    if not isinstance(endpoint, str) or not endpoint:
        raise BadSubscription("Which subscription? The endpoint is missing.")
    if len(endpoint) > 1000 or not endpoint.isascii() or not endpoint.isprintable():
        raise BadSubscription("That is not an endpoint we know.")
    return endpoint


def send_to(subscription_ids, payload):
    """Push one message to these browsers; each failure is only that browser's.

    Subscriptions the push service says are gone (404, 410) are deleted. Returns the
    counts (sent, removed, failed).
    """
    key = vapid.signing_key()
    subject = vapid.subject()
    sent, gone, failed = [], [], []
    with requests.Session() as session:
        for subscription in PushSubscription.objects.filter(pk__in=subscription_ids):
            try:
                webpush(
                    subscription.info(),
                    payload,
                    vapid_private_key=key,
                    vapid_claims={"sub": subject},  # a new dict: pywebpush fills it in
                    ttl=settings.PUSH_TTL,
                    timeout=settings.PUSH_TIMEOUT,
                    requests_session=session,
                )
            except WebPushException as error:
                if error.response is not None and error.response.status_code in GONE:
                    gone.append(subscription.pk)
                else:
                    failed.append(subscription.pk)
                    logger.warning("Push to subscription %s failed: %s", subscription.pk, error)
            except Exception as error:  # noqa: BLE001 - one browser must not stop the rest
                failed.append(subscription.pk)
                logger.warning("Push to subscription %s failed: %s", subscription.pk, error)
            else:
                sent.append(subscription.pk)
    PushSubscription.objects.filter(pk__in=gone).delete()
    PushSubscription.objects.filter(pk__in=sent).update(last_sent_at=timezone.now(), failures=0)
    PushSubscription.objects.filter(pk__in=failed).update(failures=F("failures") + 1)
    return len(sent), len(gone), len(failed)

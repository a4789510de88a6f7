"""Browser push: checking what a browser sends us, and sending to every browser.

An endpoint is an address our server will POST to, given by anyone on the internet, so
only the push services browsers use are accepted (PUSH_SERVICE_HOSTS), over HTTPS.
"""

import binascii
import json
import logging
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


class BadSubscription(ValueError):
    """What the browser sent is not a push subscription we can use; the text says why."""


def decode_key(value, length, name):
    try:
        raw = binascii.a2b_base64(value.replace("-", "+").replace("_", "/") + "==")
    except (binascii.Error, AttributeError) as error:
        raise BadSubscription(f"keys.{name} is not base64url.") from error
    if len(raw) != length:
        raise BadSubscription(f"keys.{name} must be {length} bytes.")
    return raw


def allowed_endpoint(url):
    """HTTPS to a known push service; plain HTTP only to this machine, when allowed."""
    try:
        URLValidator(schemes=["https", "http"])(url)
    except ValidationError:
        return False
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    known = any(host == h or host.endswith("." + h) for h in settings.PUSH_SERVICE_HOSTS)
    return known and (parts.scheme == "https" or host in LOOPBACK)


def parse_subscription(body):
    """The endpoint and keys from a browser's `PushSubscription.toJSON()`, checked."""
    if len(body) > settings.PUSH_MAX_BODY_BYTES:
        raise BadSubscription("That subscription is too large.")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise BadSubscription("Send the subscription as JSON.") from error
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
    return {"endpoint": endpoint, "p256dh": p256dh, "auth": auth}


def endpoint_from(body):
    """Just the endpoint, for turning notifications off."""
    if len(body) > settings.PUSH_MAX_BODY_BYTES:
        raise BadSubscription("That request is too large.")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise BadSubscription("Send the subscription as JSON.") from error
    endpoint = data.get("endpoint") if isinstance(data, dict) else None
    if not isinstance(endpoint, str) or not endpoint:
        raise BadSubscription("Which subscription? The endpoint is missing.")
    return endpoint


def send_to(subscription_ids, payload):
    """Push one message to these browsers; each failure is only that browser's.

    Subscriptions the push service says are gone (404, 410) are deleted. Returns the
    counts (sent, removed, failed).
    """
    key = vapid.signing_key()
    sent, gone, failed = [], [], []
    with requests.Session() as session:
        for subscription in PushSubscription.objects.filter(pk__in=subscription_ids):
            try:
                webpush(
                    subscription.info(),
                    payload,
                    vapid_private_key=key,
                    vapid_claims=vapid.claims(),
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
            except requests.RequestException as error:
                failed.append(subscription.pk)
                logger.warning("Push to subscription %s failed: %s", subscription.pk, error)
            else:
                sent.append(subscription.pk)
    PushSubscription.objects.filter(pk__in=gone).delete()
    PushSubscription.objects.filter(pk__in=sent).update(last_sent_at=timezone.now(), failures=0)
    PushSubscription.objects.filter(pk__in=failed).update(failures=F("failures") + 1)
    return len(sent), len(gone), len(failed)

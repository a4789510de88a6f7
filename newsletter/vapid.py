"""The key that signs push messages (VAPID, RFC 8292), so push services know who sends.

Set VAPID_PRIVATE_KEY (raw base64url, DER or PEM) to choose it; otherwise one is made
on first use and kept in the database, shared by every instance.
"""

import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.core.cache import cache
from py_vapid import Vapid

from home.models import SiteSettings

from .models import VapidKey

PUBLIC_KEY_CACHE = "newsletter:vapid-public-key"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signing_key():
    """The site's VAPID key, from the environment or the database (made if missing)."""
    configured = settings.VAPID_PRIVATE_KEY.strip()
    if configured:
        if "-----BEGIN" in configured:
            return Vapid.from_pem(configured.encode())
        return Vapid.from_string(configured)
    row = VapidKey.objects.order_by("pk").first()
    if row is None:
        secret = ec.generate_private_key(ec.SECP256R1()).private_numbers().private_value
        row, _ = VapidKey.objects.get_or_create(
            pk=1, defaults={"private_key": b64url(secret.to_bytes(32, "big"))}
        )
    return Vapid.from_raw(row.private_key.encode())


def public_key():
    """The public half as browsers take it for `applicationServerKey`."""
    key = cache.get(PUBLIC_KEY_CACHE)
    if key is None:
        point = signing_key().public_key.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        key = b64url(point)
        cache.set(PUBLIC_KEY_CACHE, key, timeout=60 * 60)
    return key


def subject():
    """Who sends the pushes: the practice's real contact address, so a push service can
    reach it (RFC 8292)."""
    return f"mailto:{SiteSettings.load().contact_email}"

"""Spam defences that need no third party: how they work (core/forms.py declares them).

A honeypot field, a signed note of when the form was shown (a minimum time to submit),
a per-address rate limit kept in the cache, and a link count.
"""

import hashlib
import hmac
import ipaddress
import logging
import re
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

logger = logging.getLogger(__name__)

TOKEN_SALT = "public-form-token"  # noqa: S105 - a signing namespace, not a secret
TOKEN_MAX_AGE = 60 * 60 * 24  # a form left open for a day must be reloaded
LINK = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)


# What a visitor is told when a defence trips: polite, and never a hint for the bot.
POLITE = {
    "honeypot": "Sorry, we could not accept that {what}. If you are a person, please try again.",
    "too fast": "That was quicker than we expected from a person. Please check your {what} "
    "and send it again.",
    "expired": "This form was open for a long time. Please send your {what} again.",
    "forged": "Sorry, we could not accept that {what}. Please reload the page and try again.",
    "reused": "This form was already sent once. Please check the page: your {what} may be "
    "there already.",
    "rate": "You have sent several in a short time. Please wait a few minutes and try again; "
    "your text is still here.",
    "review": "Please check your {what} below, then press the button again to send it.",
}


def client_ip(request):
    """The visitor's address, read through the number of proxies we trust.

    Behind a load balancer every request comes from the balancer; it appends the real
    address to X-Forwarded-For. Only the entries our own proxies added can be believed.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def visitor(request):
    """The keyed hash of the visitor's address, which is all rate limits and records keep."""
    return ip_hash(client_ip(request))


def ip_hash(ip):
    """A keyed hash of the address: enough to spot floods, useless to anyone who copies it.

    IPv6 visitors are grouped by their /64 network, which one household or device
    usually owns whole.
    """
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        address = None
    if address is not None and address.version == 6:
        ip = str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"visitor:{ip}".encode(), hashlib.sha256).hexdigest()


def issue_token(page_id, issued_at=None):
    """A signed note of which form was shown when, for the minimum time-to-submit."""
    when = time.time() if issued_at is None else issued_at
    nonce = secrets.token_urlsafe(12)
    return signing.dumps({"page": page_id, "at": when, "nonce": nonce}, salt=TOKEN_SALT)


def token_problem(token, page_id, min_seconds):
    """Why a form token is unacceptable, or None when it is fine."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        return "expired"
    except signing.BadSignature:
        return "forged"
    if data.get("page") != page_id:
        return "forged"
    if time.time() - data.get("at", 0) < min_seconds:
        return "too fast"
    return None


def consume_token(token):
    """Mark a form token used; False when it already was (a bot replaying one form)."""
    try:
        nonce = signing.loads(token, salt=TOKEN_SALT)["nonce"]
    except (signing.BadSignature, KeyError, TypeError):
        return False
    return cache.add(f"form-token-used:{nonce}", True, timeout=TOKEN_MAX_AGE)


def rate_limited(scope, address_hash, limit, window):
    """Count one submission against the address; True once it is over the limit.

    Each submission takes the next free numbered slot with `cache.add`, which every cache
    backend does atomically: two workers counting at the same moment never share a slot (a
    read-then-write counter would lose one of them). A slot is freed `window` seconds after
    it was taken.
    """
    for slot in range(1, limit + 2):
        if cache.add(f"rate:{scope}:{address_hash}:{slot}", True, timeout=window):
            return slot > limit
    return True


def count_links(text):
    return len(LINK.findall(text))


def log_rejection(what, reason, request, scope):
    logger.warning(
        "%s rejected (%s) on page %s from %s", what, reason, scope, visitor(request)[:12]
    )

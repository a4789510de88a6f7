"""Spam defences that need no third party: honeypot, timing, rate and link limits."""

import hashlib
import hmac
import logging
import re
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

logger = logging.getLogger(__name__)

TOKEN_SALT = "comments.form-token"  # noqa: S105 - a signing namespace, not a secret
TOKEN_MAX_AGE = 60 * 60 * 24  # a form left open for a day must be reloaded
LINK = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "")


def ip_hash(ip):
    """A keyed hash of the address: enough to spot floods, useless to anyone who copies it."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"comments:{ip}".encode(), hashlib.sha256).hexdigest()


def issue_token(page_id, issued_at=None):
    """A signed note of when the form was shown, for the minimum time-to-submit."""
    when = time.time() if issued_at is None else issued_at
    return signing.dumps({"page": page_id, "at": when}, salt=TOKEN_SALT)


def token_problem(token, page_id):
    """Why a form token is unacceptable, or None when it is fine."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        return "expired"
    except signing.BadSignature:
        return "forged"
    if data.get("page") != page_id:
        return "forged"
    if time.time() - data.get("at", 0) < settings.COMMENTS_MIN_SECONDS:
        return "too fast"
    return None


def rate_limited(address_hash):
    """Count this comment against the address; True once it is over the limit."""
    limit, window = settings.COMMENTS_RATE_LIMIT
    key = f"comments:rate:{address_hash}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def count_links(text):
    return len(LINK.findall(text))


def log_rejection(reason, request, page_id):
    logger.warning(
        "Comment rejected (%s) on page %s from %s",
        reason,
        page_id,
        ip_hash(client_ip(request))[:12],
    )

"""Spam defences that need no third party, for any public form (comments, contact).

A honeypot field, a signed note of when the form was shown (a minimum time to submit),
a per-address rate limit kept in the cache, and a link count.
"""

import hashlib
import hmac
import logging
import re
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
    "rate": "You have sent several in a short time. Please wait a few minutes and try again; "
    "your text is still here.",
}


def form_problem(request, page_id, min_seconds):
    """Why a submitted public form looks automated (honeypot or timing), or None."""
    if request.POST.get("homepage"):
        return "honeypot"
    return token_problem(request.POST.get("token", ""), page_id, min_seconds)


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "")


def ip_hash(ip):
    """A keyed hash of the address: enough to spot floods, useless to anyone who copies it."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"visitor:{ip}".encode(), hashlib.sha256).hexdigest()


def issue_token(page_id, issued_at=None):
    """A signed note of which form was shown when, for the minimum time-to-submit."""
    when = time.time() if issued_at is None else issued_at
    return signing.dumps({"page": page_id, "at": when}, salt=TOKEN_SALT)


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


def rate_limited(scope, address_hash, limit, window):
    """Count one submission against the address; True once it is over the limit."""
    key = f"rate:{scope}:{address_hash}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def count_links(text):
    return len(LINK.findall(text))


def log_rejection(what, reason, request, page_id):
    logger.warning(
        "%s rejected (%s) on page %s from %s",
        what,
        reason,
        page_id,
        ip_hash(client_ip(request))[:12],
    )

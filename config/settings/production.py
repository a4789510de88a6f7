"""Production: secrets and hosts from the environment, HTTPS everywhere.

Refuses to start without SECRET_KEY and ALLOWED_HOSTS rather than run with a guessable key
or answer any Host header.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list, split_list


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = split_list(required("ALLOWED_HOSTS"))
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Links in emails and the admin must point at the real site, not a developer's machine.
WAGTAILADMIN_BASE_URL = required("WAGTAILADMIN_BASE_URL")
PAYMENT_HOST = urlsplit(WAGTAILADMIN_BASE_URL).netloc
PAYMENT_USES_SSL = urlsplit(WAGTAILADMIN_BASE_URL).scheme == "https"
# The dummy provider confirms any "payment" on request: never on a real site by accident.
if PAYMENT_VARIANTS["default"][0] == "payments.dummy.DummyProvider" and not env_bool(  # noqa: F405
    "DONATIONS_TEST_PAYMENTS"
):
    raise ImproperlyConfigured(
        "Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET for donations in production "
        "(or DONATIONS_TEST_PAYMENTS=true on a test site)."
    )
# Rate limits and single-use form tokens must hold for the whole site, not per gunicorn
# worker: without Redis, a cache table every worker and instance shares (made by migrate).
if not os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "tranquil_cache",
        },
        "template_fragments": FRAGMENT_CACHE,  # noqa: F405
    }
# Portal text is encrypted with keys kept apart from the database and from SECRET_KEY.
PORTAL_ENCRYPTION_KEYS = required("PORTAL_ENCRYPTION_KEYS")
# Sign-in needs verified email: mail printed to a log would lock people out and leak links.
required("EMAIL_HOST")

# HTTPS: behind a proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"

"""Test settings: fast hashing, in-memory cache and mail, tasks run at once."""

import base64
import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "template_fragments": FRAGMENT_CACHE,  # noqa: F405
}
# pytest-django puts Django's locmem backend here; tests/conftest.py puts back this one, the
# same but saying what it accepted, as the outbox's delivery does.
EMAIL_BACKEND = "core.outbox.LocmemBackend"
MAILER_EMAIL_BACKEND = "core.outbox.LocmemBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Serve static files from the apps' folders, as in development: no collectstatic in tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Uploaded and generated images go to a throwaway folder, not the working tree.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tranquil-test-media-"))

# The test database is a file, as in use: SQLite's in-memory shared cache fails concurrent
# writers at once ("table is locked") instead of queueing them, and the concurrency tests
# run real threads.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.mkdtemp(prefix="tranquil-test-db-")) / "test.sqlite3")
    }

# A keyring of its own for each test run: nothing is ever read back from an earlier one.
PORTAL_ENCRYPTION_KEYS = "test:" + base64.urlsafe_b64encode(os.urandom(32)).decode()

DEMO_CONTENT_ALLOWED = True

# The push tests play the push service on this machine.
PUSH_SERVICE_HOSTS = [*PUSH_SERVICE_HOSTS, "127.0.0.1"]  # noqa: F405

"""Local development: debug on, a fixed throwaway key, everything on this machine."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-development-only-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

DEMO_CONTENT_ALLOWED = True

PORTAL_COACH_MFA_REQUIRED = False

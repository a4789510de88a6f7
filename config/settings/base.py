"""Settings shared by every environment.

Nothing secret lives here: each integration reads its own environment variables and
switches on only when they are set, so a fresh clone runs offline with no set-up.
"""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from .object_storage import s3_media
from .search import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def split_list(value):
    """A comma-separated string as a list, blanks dropped."""
    return [item.strip() for item in value.split(",") if item.strip()]


def env_list(name, default=""):
    return split_list(os.environ.get(name, default))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Apps --------------------------------------------------------------------------------

INSTALLED_APPS = [
    # Tranquil
    "core",
    "accounts",
    "home",
    "articles",
    "comments",
    "newsletter",
    "portal",
    "donations",
    "enrolment",
    "demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    # Payments
    "payments",
    "csp",
    # Email outbox
    "mailer",
    # Background work
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "core.fragments.VersionsPerRequestMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.CachingPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.sites.CachedSiteMiddleware",
    "core.emails.LinksFromRequestMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "config.middleware.ResourcePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "accounts.sessions.StaffSessionMiddleware",
    "portal.sessions.PortalSessionMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.fragments",
            ],
        },
    },
]

# Database: SQLite in WAL mode by default, PostgreSQL (or any) through DATABASE_URL ----

SQLITE_PATH = os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3"))

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.config(conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {
                # WAL lets readers carry on while one request writes; IMMEDIATE takes the
                # write lock up front so concurrent writers queue instead of deadlocking.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Accounts ----------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"

# allauth's backend (a ModelBackend underneath) is the only way in, so every sign-in
# goes through its email verification and MFA.
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},  # accounts guard health data
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# Sign-up is open only to someone holding a portal invitation (see portal/adapter.py).
ACCOUNT_ADAPTER = "portal.adapter.PortalAccountAdapter"
ACCOUNT_FORMS = {"signup": "portal.forms.InvitationSignupForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Tranquil"

# Internationalisation ------------------------------------------------------------------

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Static and media files ----------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ORIGINS = []  # where pages may load images from, besides this site

# Several instances share uploads through S3-compatible object storage (MEDIA_S3_BUCKET).
if os.environ.get("MEDIA_S3_BUCKET"):
    _media_storages, MEDIA_ORIGINS = s3_media(os.environ)
    STORAGES.update(_media_storages)
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    WAGTAILDOCS_SERVE_METHOD = "redirect"  # to a signed address, after Wagtail's checks

# Cache: local memory in development; Redis through REDIS_URL; production without Redis
# uses a database table every worker shares (config/settings/production.py) -------------

# What is made from the current content versions (template fragments, the site, settings,
# comment threads) is kept in each process's memory; the versions themselves, rate limits
# and single-use tokens live in the shared default cache (core/fragments.py).
FRAGMENT_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "tranquil-fragments",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        },
        "template_fragments": FRAGMENT_CACHE,
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "template_fragments": FRAGMENT_CACHE,
    }

# Email: every message waits in the outbox (django-mailer's queue, core/outbox.py) until
# `manage.py deliver_mail` has handed it to the server: SMTP when EMAIL_HOST is set, the
# console in development. `make run` starts the worker beside the server.

# What every email template shares (the practice's name), for core/emails.py.
EMAIL_CONTEXT = "home.models.email_context"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tranquil <hello@tranquil.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = "core.outbox.OutboxBackend"
if os.environ.get("EMAIL_HOST"):
    MAILER_EMAIL_BACKEND = "core.outbox.SMTPBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
    EMAIL_TIMEOUT = 30
else:
    MAILER_EMAIL_BACKEND = "core.outbox.ConsoleBackend"
MAILER_ERROR_HANDLER = "core.outbox.defer"
# The log keeps when and whether, never what: emails carry reset links and messages.
MAILER_EMAIL_LOG_MESSAGE_DATA = False
MAILER_LOCK_PATH = os.environ.get(
    "MAILER_LOCK_PATH", str(Path(tempfile.gettempdir()) / "tranquil-deliver-mail")
)
OUTBOX_POLL_SECONDS = 2  # how often the worker looks for new mail
OUTBOX_RETRY_MIN_SECONDS = 30  # the first wait after a failure; it doubles ...
OUTBOX_RETRY_MAX_SECONDS = 15 * 60  # ... up to this, however long the server is away
# Senders with a ledger of their own, resumed on the outbox's retry schedule.
OUTBOX_RETRY_HOOKS = ["newsletter.mailings.resume_waiting"]

# Background work: run at once by default; a database queue and worker when asked --------

if os.environ.get("TASKS_BACKEND", "immediate") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Sessions and cookies ------------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# A form posted from a cached page without JavaScript comes back to be checked and sent.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# How long anonymous readers' pages may be kept: by browsers, and by a shared cache (Varnish,
# a CDN), which publishing and comments purge (wagtail.contrib.frontend_cache).
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "60"))
PUBLIC_CACHE_S_MAXAGE = int(os.environ.get("PUBLIC_CACHE_S_MAXAGE", "3600"))

# Purging the shared cache on change (core/purge.py): Varnish or nginx through an HTTP
# PURGE endpoint, or Cloudflare or CloudFront by their keys. Unset: nothing to purge.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
elif os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
            "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        }
    }
elif os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE = {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    }

# What pages may load and do (django-csp, django-permissions-policy) -----------------------

# Embedded videos load from their provider only when the reader presses "Play it here".
EMBED_FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin still writes inline scripts and styles; it shows page previews in frames.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Wagtail -------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Tranquil"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# No third-party requests from any page, the admin included (DESIGN.md privacy rule 9).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Everyone signs in through allauth, so the admin gets email verification and MFA too.
WAGTAILADMIN_LOGIN_URL = "admin_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False

# How many reverse proxies (load balancer, CDN) stand in front of the app: the visitor's
# address is read that many entries from the right of X-Forwarded-For.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# allauth reads visitors through the account adapter (core.spam.client_ip); this keeps its
# own helpers, should any bypass the adapter, on the same count.
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT

# Reader comments ---------------------------------------------------------------------

COMMENTS_MAX_DEPTH = 3  # deeper replies attach to the deepest level
COMMENTS_PER_PAGE = 50  # top-level threads a page; longer threads get "Older comments"
COMMENTS_TRUST_KNOWN_COMMENTERS = True  # an email with an approved comment skips the queue
COMMENTS_CLOSE_AFTER_DAYS = 180  # comments close on pages first published longer ago
COMMENTS_MAX_LENGTH = 5000
COMMENTS_MAX_LINKS = 2
COMMENTS_MIN_SECONDS = 3  # a person takes longer than this to write a comment
COMMENTS_RATE_LIMIT = (5, 600)  # at most 5 comments per IP address in 10 minutes

# The contact form shares the comments' spam defences.
CONTACT_MIN_SECONDS = 3
CONTACT_RATE_LIMIT = (5, 3600)  # at most 5 messages per IP address an hour

# Enrolment shares them too; invitations into the portal expire after this many days.
ENROL_MIN_SECONDS = 3
ENROL_RATE_LIMIT = (5, 3600)  # at most 5 enrolments per IP address an hour
INVITATION_MAX_AGE_DAYS = 14
# The keyring for portal text at rest, separate from SECRET_KEY: "id:base64key,..."; the
# first key encrypts, all decrypt (portal/crypto.py). Without it, a development keyring is
# created in PORTAL_KEYRING_FILE on first use; production refuses to start without it.
PORTAL_ENCRYPTION_KEYS = os.environ.get("PORTAL_ENCRYPTION_KEYS", "")
PORTAL_KEYRING_FILE = os.environ.get(
    "PORTAL_KEYRING_FILE", str(Path.home() / ".local" / "share" / "tranquil" / "portal-keys")
)
# The owner's and editors' sessions: signed out after this long idle, and this long in all.
STAFF_SESSION_IDLE_SECONDS = 2 * 60 * 60
STAFF_SESSION_MAX_SECONDS = 12 * 60 * 60
# Portal sessions: signed out after this long idle, and after this long in all.
PORTAL_SESSION_IDLE_SECONDS = 30 * 60
PORTAL_SESSION_MAX_SECONDS = 12 * 60 * 60
# A client who has not checked in for this many days gets one gentle reminder.
PORTAL_CHECKIN_REMINDER_DAYS = 7
# allauth's TOTP secrets are sealed with the same keyring, bound to their rows.
MFA_ADAPTER = "portal.mfa.MFAAdapter"

# Coaches see clients' data only in a sign-in that used an authenticator app (DESIGN.md
# rule 8). Development switches it off so the demo coach can look around; tests keep it on.
PORTAL_COACH_MFA_REQUIRED = True

# Donations through django-payments: the offline dummy provider unless Stripe keys are set.

PAYMENT_MODEL = "donations.Donation"
PAYMENT_HOST = urlsplit(WAGTAILADMIN_BASE_URL).netloc
PAYMENT_USES_SSL = urlsplit(WAGTAILADMIN_BASE_URL).scheme == "https"
if os.environ.get("STRIPE_SECRET_KEY"):
    if not os.environ.get("STRIPE_WEBHOOK_SECRET"):
        raise ImproperlyConfigured(
            "STRIPE_WEBHOOK_SECRET must be set with STRIPE_SECRET_KEY: without it no "
            "payment can be confirmed."
        )
    PAYMENT_VARIANTS = {
        "default": (
            "core.payments.CheckedStripeProvider",
            {
                "api_key": os.environ["STRIPE_SECRET_KEY"],
                "endpoint_secret": os.environ.get("STRIPE_WEBHOOK_SECRET"),
                "secure_endpoint": True,
                "use_token": True,
            },
        )
    }
else:
    PAYMENT_VARIANTS = {"default": ("payments.dummy.DummyProvider", {})}

# Newsletter and web push ---------------------------------------------------------------

NEWSLETTER_CONFIRM_MAX_AGE_DAYS = 7  # a confirmation link works this long
NEWSLETTER_MIN_SECONDS = 2  # the footer form is short; browsers fill it in quickly
NEWSLETTER_RATE_LIMIT = (5, 3600)  # at most 5 sign-ups per IP address an hour
NEWSLETTER_EMAIL_INTERVAL = 10 * 60  # at most one sign-up email per address this often
NEWSLETTER_WAITING_TIMEOUT = 24 * 60 * 60  # one still waiting for the server holds the next
NEWSLETTER_BATCH_SIZE = 500  # emails sent by one background task, over one connection
NEWSLETTER_CLAIM_TIMEOUT = 60 * 60  # a batch still sending after this is taken to have died
PUSH_RATE_LIMIT = (20, 3600)  # bell presses per IP address an hour
PUSH_MAX_BODY_BYTES = 4096  # a browser's subscription is well under 1 KB
PUSH_BATCH_SIZE = 200
PUSH_TTL = 24 * 60 * 60  # a push service keeps an undelivered notification a day
PUSH_TIMEOUT = 10  # seconds to wait for a push service
# The only hosts the server will POST pushes to (and their subdomains): the push services
# of Chrome and Edge, Firefox, and Safari. Anyone can send us an endpoint; we send to these.
PUSH_SERVICE_HOSTS = env_list(
    "PUSH_SERVICE_HOSTS",
    "fcm.googleapis.com,push.services.mozilla.com,push.apple.com,notify.windows.com",
)
# The key that signs pushes (raw base64url, DER or PEM); made and stored on first use if unset.
VAPID_PRIVATE_KEY = os.environ.get("VAPID_PRIVATE_KEY", "")

# seed_demo creates sign-ins with a published password: never on a real site.
DEMO_CONTENT_ALLOWED = False

# Logging -------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "mailer": {"level": "WARNING"},  # one line every round otherwise
    },
}

"""Fixtures shared by every suite: the site's pages and one person per role."""

import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import wagtail_factories
from allauth.mfa.totp.internal.auth import TOTP
from django.core.cache import cache
from django.db import connection
from payments.core import PROVIDER_CACHE
from wagtail.models import Site

from accounts.factories import PASSWORD, EditorFactory, OwnerFactory, UserFactory
from articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    CategoryFactory,
)
from core.fragments import kept
from donations.models import DonationPage
from enrolment.factories import EnrolPageFactory, OfferFactory
from home.factories import StandardPageFactory
from home.models import ContactFormField, ContactPage
from portal.factories import ClientFactory, CoachFactory

from .second_factor import authenticator_app, totp_code


def pytest_report_header(config):
    return f"database: {connection.vendor} ({connection.settings_dict['NAME']})"


@pytest.fixture
def enrol_page(home_page):
    return EnrolPageFactory(parent=home_page)


@pytest.fixture
def offer(db):
    return OfferFactory()


@pytest.fixture
def donate_page(home_page):
    page = DonationPage(
        title="Donate",
        slug="donate",
        preset_amounts="5, 10, 25",
        minimum_amount=Decimal("2"),
        maximum_amount=Decimal("500"),
        thank_you_text="<p>Your support means a lot.</p>",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def contact(home_page):
    page = ContactPage(
        title="Contact",
        slug="contact",
        to_address="owner@tranquil.example",
        from_address="",
        subject="New message",
        thank_you_text="<p>Thanks, we will reply soon.</p>",
    )
    page.form_fields = [
        ContactFormField(label="Your name", field_type="singleline", required=True),
        ContactFormField(label="Your email", field_type="email", required=True),
        ContactFormField(label="Your message", field_type="multiline", required=True),
    ]
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def coach(db):
    return CoachFactory(user__first_name="Cara", user__last_name="Lane")


@pytest.fixture
def client_profile(coach):
    return ClientFactory(coach=coach, user__first_name="Sam", user__last_name="Rivers")


@pytest.fixture(autouse=True)
def mail_that_says_what_it_accepted(settings):
    """pytest-django swaps in Django's locmem backend; ours is that one, also saying which
    messages it accepted, as the outbox's delivering backends do in production."""
    settings.EMAIL_BACKEND = "core.outbox.LocmemBackend"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits, single-use tokens, settings and fragments live in the caches: each test
    starts clean."""
    cache.clear()
    kept().clear()


@pytest.fixture
def sign_in_with_code(db):
    """Sign someone in as their browser would: password, then a code from their authenticator
    app (set up for them if needed). Coaches see client data only in such a sign-in."""

    def sign_in(client, user):
        client.logout()
        app = authenticator_app(user)
        response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
        assert response["Location"] == "/accounts/2fa/authenticate/", response
        for _ in range(2):  # a second try only when the code's 30 seconds ran out meanwhile
            code = totp_code()
            # A code works once; the same person may sign in again within its 30 seconds.
            cache.delete(TOTP(app)._get_used_cache_key(code))
            response = client.post("/accounts/2fa/authenticate/", {"code": code})
            if client.session.get("_auth_user_id") == str(user.pk) or code == totp_code():
                break
        assert client.session.get("_auth_user_id") == str(user.pk), response
        return response

    return sign_in


@pytest.fixture
def home_page(db):
    """The HomePage that the home app's migration puts at the root of the default site."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def about_page(home_page):
    return StandardPageFactory(parent=home_page, slug="about", show_in_menus=True)


@pytest.fixture
def article_index(home_page):
    return ArticleIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def article(article_index):
    return ArticlePageFactory(
        parent=article_index, title="Coping with a hard week", slug="hard-week"
    )


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def editor(db):
    return EditorFactory()


@pytest.fixture
def owner(db):
    return OwnerFactory()


@pytest.fixture
def coping(db):
    return CategoryFactory(name="Coping", slug="coping", description="Ways through hard days.")


@pytest.fixture
def cara(db):
    return AuthorFactory(name="Cara Lane", slug="cara-lane")


@pytest.fixture
def hero(db):
    return wagtail_factories.ImageFactory(title="Calm shapes")


@pytest.fixture
def full_article(article_index, coping, cara, hero):
    """An article with everything filled in: image, author, category, tags."""
    return ArticlePageFactory(
        parent=article_index,
        title="Breathing through worry",
        slug="breathing-through-worry",
        subtitle="A two-minute practice",
        intro="Slow out-breaths calm the body.",
        author=cara,
        hero_image=hero,
        hero_alt="Soft blue circles",
        hero_caption="Slow ripples",
        categories=[coping],
        tags=["anxiety", "breathing"],
    )


class _PurgeListener(BaseHTTPRequestHandler):
    """A shared cache's purge endpoint: it notes each PURGE and answers 200."""

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.paths.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purges(settings, db):
    """Wagtail's frontend_cache pointed at a real HTTP server on loopback, as it would be
    at Varnish; the list of paths it was asked to purge, in order."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeListener)
    server.paths = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server.paths
    server.shutdown()
    server.server_close()


STRIPE_WEBHOOK_SECRET = "whsec_test"


@pytest.fixture
def stripe_variant(settings):
    """Payments through Stripe, as STRIPE_SECRET_KEY would configure them."""
    settings.PAYMENT_VARIANTS = {
        "default": (
            "core.payments.CheckedStripeProvider",
            {"api_key": "sk_test_x", "endpoint_secret": STRIPE_WEBHOOK_SECRET, "use_token": True},
        )
    }
    PROVIDER_CACHE.clear()  # django-payments keeps one provider per variant
    yield
    PROVIDER_CACHE.clear()

"""The site, its root page and its settings come from the cache, and never outlive a change."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.factories import StandardPageFactory
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def tables_read(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return " ".join(query["sql"] for query in queries.captured_queries)


def test_a_warm_page_reads_no_site_and_no_settings(client, about_page):
    read = tables_read(client, about_page.url)
    assert "wagtailcore_site" not in read
    assert "home_sitesettings" not in read


def test_the_home_page_shows_its_publish_at_once(client, home_page):
    client.get("/")
    home_page.title = "A calmer home"
    home_page.save_revision().publish()
    assert "A calmer home" in client.get("/").content.decode()


def test_a_new_root_page_takes_over_at_once(client, home_page):
    client.get("/")
    landing = StandardPageFactory(parent=home_page, title="Spring landing", slug="spring")
    site = Site.objects.get(is_default_site=True)
    site.root_page = landing
    site.save()
    assert "Spring landing" in client.get("/").content.decode()


def test_settings_show_at_once(client, home_page):
    client.get("/")
    settings = SiteSettings.load()
    settings.footer_text = "Open on Saturdays too."
    settings.save()
    assert "Open on Saturdays too." in client.get("/").content.decode()


def test_a_host_we_do_not_serve_is_refused_before_any_look_up(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    assert client.get("/", HTTP_HOST="elsewhere.example").status_code == 400


def test_a_page_asks_the_shared_cache_for_a_version_once(client, about_page, settings):
    """In production without Redis the shared cache is a database table: one read of the
    content version a request, however many fragments, sites and settings use it."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "tranquil_cache",
        },
    }
    call_command("createcachetable", verbosity=0)
    read = tables_read(client, about_page.url)
    assert read.count("fragments:content") == 1

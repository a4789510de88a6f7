"""Which search engine answers /search/.

By default Wagtail's database backend, which uses the database's own full-text search:
PostgreSQL's (stemmed, ranked) on PostgreSQL, FTS5 on SQLite. SEARCH_URL switches to an
Elasticsearch or OpenSearch cluster shared by every instance; `manage.py update_index`
fills it, and edits reach it as pages are published.
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

ENGINES = ("elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3")


def search_backends(environ):
    """WAGTAILSEARCH_BACKENDS from SEARCH_URL (`https://user:pass@host:9200/index`)."""
    url = environ.get("SEARCH_URL", "")
    if not url:
        # PostgreSQL stems English words ("sleeping" finds "sleep"); SQLite ignores this.
        return {
            "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
        }
    engine = environ.get("SEARCH_ENGINE", "elasticsearch9")
    if engine not in ENGINES:
        raise ImproperlyConfigured(f"SEARCH_ENGINE must be one of {', '.join(ENGINES)}.")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(
            "SEARCH_URL must be an http(s) address, with the index as its path."
        )
    return {
        "default": {
            "BACKEND": f"wagtail.search.backends.{engine}",
            "URLS": [urlunsplit((parts.scheme, parts.netloc, "", "", ""))],
            "INDEX": parts.path.strip("/") or "tranquil",
            "TIMEOUT": int(environ.get("SEARCH_TIMEOUT", 5)),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }

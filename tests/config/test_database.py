"""The suite runs on the database it says: SQLite in WAL mode, or PostgreSQL when asked."""

import os

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_database_url_selects_postgresql():
    expected = (
        "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    )
    assert connection.vendor == expected


@pytest.mark.skipif(connection.vendor != "sqlite", reason="WAL is SQLite's journal mode")
def test_sqlite_uses_wal_journal(tmp_path, settings):
    from django.db.backends.sqlite3.base import DatabaseWrapper

    # The test database lives in memory, where WAL does not apply: open the configured file.
    config = {**settings.DATABASES["default"], "NAME": str(tmp_path / "wal.sqlite3")}
    wrapper = DatabaseWrapper(config, alias="wal-check")
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
    finally:
        wrapper.close()

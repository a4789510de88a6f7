"""The restore drill (README, "Backups and restore"), run for real on PostgreSQL: dump the
database with pg_dump, restore it into a fresh database with psql, and open every portal
value there with the keyring, which the dump never contains."""

import base64
import glob
import io
import os
import shutil
import subprocess
import sys

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection

from portal.factories import (
    CheckInFactory,
    CopingStrategyFactory,
    FeedbackFactory,
    GoalFactory,
    HomeworkFactory,
    JournalEntryFactory,
)
from portal.models import Message

pytestmark = pytest.mark.django_db(transaction=True)

CANARY = "Canary-r3st0re: the thing I only said in here"


def pg_tool(name):
    """A PostgreSQL client program: on PATH, or Debian's newest versioned one."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4])
    )
    return versions[-1] if versions else None


def run(*args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=300, check=True, **kwargs)


def digest(output):
    return next(line for line in output.splitlines() if line.startswith("digest: "))


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("the restore drill dumps and restores PostgreSQL; CI runs it there")
    tools = {name: pg_tool(name) for name in ("pg_dump", "psql", "createdb", "dropdb")}
    missing = [name for name, path in tools.items() if not path]
    if missing:
        pytest.fail(f"PostgreSQL client programs missing: {', '.join(missing)}")
    db = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    where = ["-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432), "-U", db["USER"]]
    return tools, where, env, db


@pytest.fixture
def written(client_profile, settings):
    """A client's portal written under a keyring the database never sees."""
    settings.PORTAL_ENCRYPTION_KEYS = f"drill:{base64.urlsafe_b64encode(os.urandom(32)).decode()}"
    goal = GoalFactory(client=client_profile, title=f"{CANARY} goal")
    goal.steps.create(text=f"{CANARY} step")
    JournalEntryFactory(client=client_profile, title=f"{CANARY} entry", body=CANARY)
    CheckInFactory(client=client_profile, note=f"{CANARY} note")
    CopingStrategyFactory(client=client_profile, name=f"{CANARY} coping")
    HomeworkFactory(client=client_profile, title=f"{CANARY} homework")
    FeedbackFactory(client=client_profile, goal=goal, body=f"{CANARY} feedback")
    Message.objects.create(
        client=client_profile, coach=client_profile.coach, author=client_profile.user, body=CANARY
    )
    TOTP.activate(client_profile.user, "JBSWY3DPEHPK3PXP")
    return settings.PORTAL_ENCRYPTION_KEYS


def verify_in(database_url, keyring, tmp_path):
    """`manage.py verify_encrypted_data --digest` as a freshly restored server would run it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": database_url,
        "PORTAL_ENCRYPTION_KEYS": keyring,
        "PORTAL_KEYRING_FILE": str(tmp_path / "unused-keyring"),
    }
    return subprocess.run(
        [sys.executable, "manage.py", "verify_encrypted_data", "--digest"],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_dump_restored_into_a_fresh_database_opens_with_the_keyring_kept_apart(
    postgres, written, tmp_path
):
    tools, where, env, db = postgres
    source = io.StringIO()
    call_command("verify_encrypted_data", "--digest", stdout=source)

    dump = tmp_path / "tranquil.sql"
    run(
        tools["pg_dump"],
        *where,
        "--no-owner",
        "--no-privileges",
        "-f",
        str(dump),
        db["NAME"],
        env=env,
    )
    dumped = dump.read_bytes()
    assert CANARY.encode() not in dumped and b"JBSWY3DPEHPK3PXP" not in dumped
    assert written.split(":", 1)[1].encode() not in dumped  # the keyring is kept apart

    restored = f"{db['NAME']}_restored"
    run(tools["dropdb"], *where, "--if-exists", restored, env=env)
    run(tools["createdb"], *where, restored, env=env)
    try:
        run(
            tools["psql"],
            *where,
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-f",
            str(dump),
            "-d",
            restored,
            env=env,
        )
        url = f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{where[1]}:{where[3]}/{restored}"

        opened = verify_in(url, written, tmp_path)
        assert opened.returncode == 0, opened.stderr
        assert digest(opened.stdout) == digest(source.getvalue())
        assert "portal.JournalEntry: 2 opened, 0 not" in opened.stdout
        assert "authenticator secrets: 1 opened, 0 not" in opened.stdout
        assert "Canary" not in opened.stdout
        print(opened.stdout)  # the drill's figures, with -s

        other = f"other:{base64.urlsafe_b64encode(os.urandom(32)).decode()}"
        refused = verify_in(url, other, tmp_path)
        assert refused.returncode != 0
        assert "would not open. Is this the keyring" in refused.stderr
    finally:
        run(tools["dropdb"], *where, "--if-exists", restored, env=env)

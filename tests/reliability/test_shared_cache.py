"""Two gunicorn workers under production settings, without Redis, share one rate limit.

Rate limits and single-use form tokens live in the cache; each worker's own memory would
let a visitor through once per worker. Production uses a database cache table instead.
"""

import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings

from core.spam import issue_token
from newsletter.forms import TOKEN_PAGE

ROOT = Path(settings.BASE_DIR)
SIGN_UPS_AN_HOUR = 5


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def production(tmp_path):
    """A migrated SQLite site served by gunicorn with two workers; its access log names
    the worker (process id) that answered each request."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "PORTAL_ENCRYPTION_KEYS": settings.PORTAL_ENCRYPTION_KEYS,
        "EMAIL_HOST": "127.0.0.1",
        "DONATIONS_TEST_PAYMENTS": "true",
        "SECURE_SSL_REDIRECT": "false",
        "SQLITE_PATH": str(tmp_path / "site.sqlite3"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    python = sys.executable
    manage = [python, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        subprocess.run([*manage, *command, "-v", "0"], env=env, check=True, cwd=ROOT)
    port, log = free_port(), tmp_path / "access.log"
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn, on loopback
        [
            python,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            str(log),
            "--access-logformat",
            "%(p)s %(s)s %(U)s",
        ],
        env=env,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                requests.get(f"{url}/robots.txt", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.2)
        yield url, log
    finally:
        server.terminate()
        server.wait(timeout=30)


def sign_up(url, n, ready):
    """One sign-up from the newsletter form, on a fresh connection, as a browser would: the
    cached page carries no tokens, so they come from /forms/tokens/ with their cookie. The
    post waits at `ready` until every visitor is ready to send theirs."""
    tokens = requests.get(
        f"{url}/forms/tokens/",
        params={"scope": TOKEN_PAGE},
        headers={"Connection": "close"},
        timeout=30,
    )
    cookie = re.search(r"csrftoken=([^;]+)", tokens.headers["Set-Cookie"]).group(1)
    form = tokens.json()["csrf"]
    ready.wait(timeout=60)
    response = requests.post(
        f"{url}/newsletter/",
        {
            "csrfmiddlewaretoken": form,
            "email": f"reader{n}@example.com",
            "consent": "on",
            "source": "page",
            "token": issue_token(TOKEN_PAGE, issued_at=time.time() - 60),
        },
        headers={"Cookie": f"csrftoken={cookie}", "Connection": "close"},
        allow_redirects=False,
        timeout=30,
    )
    return response.status_code


def test_two_workers_share_one_rate_limit(production):
    url, log = production
    statuses = []
    # All eight posts at once: a sync worker answers one request at a time, so while one
    # worker answers a post the other takes the next, and both must count them together.
    ready = threading.Barrier(8)
    visitors = [
        threading.Thread(target=lambda n=n: statuses.append(sign_up(url, n, ready)))
        for n in range(8)
    ]
    for thread in visitors:
        thread.start()
    for thread in visitors:
        thread.join(timeout=120)

    assert sorted(statuses) == [302] * SIGN_UPS_AN_HOUR + [429] * (8 - SIGN_UPS_AN_HOUR)
    posts = [line.split() for line in log.read_text().splitlines() if line.endswith("/newsletter/")]
    workers = {pid for pid, status, _ in posts if status in ("302", "429")}
    assert len(workers) == 2, "both workers answered sign-ups, and counted them together"

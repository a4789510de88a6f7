"""Benchmark: a crowd on one article, through Debian's Varnish with the repository's VCL.

Run with `make bench` (it installs varnish and wrk when it can). The site runs as in
production: gunicorn with two workers, production settings, SQLite, and its purges sent to
this Varnish (FRONTEND_CACHE_PURGE_URL). Asserted, since none of it depends on the
machine's speed: at least 99% of the crowd's requests are cache hits, with no errors; the
article is served at least half as fast as the static CSS through the same Varnish; a
publish and a comment approval are visible through Varnish within 2 seconds; a signed-in
client's pages are never served from the cache. Requests per second are printed.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CROWD_SECONDS = 60
CONNECTIONS = 32
VISIBLE_WITHIN = 2.0
ARTICLE = "/articles/goals-you-will-still-care-about/"

pytestmark = pytest.mark.skipif(
    not (shutil.which("varnishd") and shutil.which("wrk")),
    reason="needs Debian's varnish and wrk (make bench installs them)",
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return requests.get(url, timeout=5)
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url} never answered")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo site under gunicorn, with Varnish in front; yields the Varnish address and
    a function that runs Python in a Django shell against the same database."""
    tmp = tmp_path_factory.mktemp("crowd")
    app_port, cache_port = free_port(), free_port()
    cache_url = f"http://127.0.0.1:{cache_port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": cache_url,
        "PORTAL_ENCRYPTION_KEYS": settings.PORTAL_ENCRYPTION_KEYS,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(free_port()),  # nothing listens: mail waits in the outbox
        "DONATIONS_TEST_PAYMENTS": "true",
        "SECURE_SSL_REDIRECT": "false",
        "SQLITE_PATH": str(tmp / "site.sqlite3"),
        "STATIC_ROOT": str(tmp / "static"),
        "FRONTEND_CACHE_PURGE_URL": cache_url,
    }
    for name in ("DATABASE_URL", "REDIS_URL", "CLOUDFLARE_ZONE_ID", "CLOUDFRONT_DISTRIBUTION_ID"):
        env.pop(name, None)
    manage = [sys.executable, str(ROOT / "manage.py")]

    def django(*command, settings_module=None):
        run_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": settings_module or env["DJANGO_SETTINGS_MODULE"],
        }
        return subprocess.run(
            [*manage, *command], env=run_env, cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout

    django("migrate", "--noinput", "-v", "0")
    django("collectstatic", "--noinput", "-v", "0")
    # Demo content is refused under production settings (it publishes a password).
    django("seed_demo", settings_module="config.settings.dev")

    # varnishd drops to its own users: its folder and VCL must be reachable for them, which
    # pytest's private temporary folders are not.
    workdir = Path(tempfile.mkdtemp(prefix="tranquil-varnish-"))
    workdir.chmod(0o755)
    vcl = workdir / "default.vcl"
    vcl.write_text(
        (ROOT / "varnish" / "default.vcl").read_text().replace('"8000"', f'"{app_port}"')
    )
    log = (tmp / "varnishd.log").open("w")
    processes = [
        subprocess.Popen(  # noqa: S603 - our own gunicorn, on loopback
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{app_port}",
            ],
            env=env,
            cwd=ROOT,
        ),
        subprocess.Popen(  # noqa: S603 - Debian's varnishd, on loopback
            [
                shutil.which("varnishd"),
                "-F",
                "-a",
                f"127.0.0.1:{cache_port}",
                "-f",
                str(vcl),
                "-n",
                str(workdir),
                "-s",
                "malloc,256m",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        ),
    ]
    try:
        wait_for(f"http://127.0.0.1:{app_port}/robots.txt")
        wait_for(f"{cache_url}/robots.txt")
        yield {
            "url": cache_url,
            "workdir": workdir,
            "shell": lambda code: subprocess.Popen(  # noqa: S603 - our own manage.py
                [*manage, "shell", "-c", code],
                env={**env, "PYTHONUNBUFFERED": "1"},
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            ),
        }
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


def counters(workdir):
    """Varnish's own hit and miss counters."""
    out = subprocess.run(
        [
            shutil.which("varnishstat"),
            "-n",
            str(workdir),
            "-j",
            "-f",
            "MAIN.cache_*",
            "-f",
            "MAIN.s_pass",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out)
    data = data.get("counters", data)
    return {
        name.split(".")[-1]: data[name]["value"]
        for name in ("MAIN.cache_hit", "MAIN.cache_miss", "MAIN.s_pass")
    }


def crowd(url, seconds=CROWD_SECONDS):
    """wrk's figures for `seconds` of requests at CONNECTIONS connections."""
    out = subprocess.run(
        [
            shutil.which("wrk"),
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            "Accept-Encoding: gzip",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "non_2xx": int(failed.group(1)) if failed else 0,
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


def changed_at(site, code):
    """Start `code` in a Django shell against the site's database; once it has started the
    change, the moment it did (time.time()) and the shell, to wait for."""
    shell = site["shell"](f"import time\nprint('started', time.time())\n{code}")
    for line in shell.stdout:  # the shell may say first what it imported
        if line.startswith("started "):
            return float(line.split()[1]), shell
    raise RuntimeError("the shell never started the change")


def seen_within(urls, text, started, limit=VISIBLE_WITHIN * 5):
    """Seconds from `started` (time.time()) until `text` shows at each of `urls`, polled
    together as readers would."""
    seen = {}
    while len(seen) < len(urls) and time.time() - started < limit:
        for url in set(urls) - set(seen):
            if text in requests.get(url, timeout=5).text:
                seen[url] = time.time() - started
        time.sleep(0.05)
    return [seen.get(url, float("inf")) for url in urls]


def test_a_crowd_on_one_article_is_served_by_the_cache(site):
    article = site["url"] + ARTICLE
    first = requests.get(article, timeout=30)
    assert first.status_code == 200
    assert "public" in first.headers["Cache-Control"]
    assert requests.get(article, timeout=30).headers["X-Cache"] == "HIT"

    stylesheet = re.search(r'href="(/static/css/tranquil[^"]*\.css)"', first.text).group(1)
    before = counters(site["workdir"])
    readers = crowd(article)
    after = counters(site["workdir"])
    styles = crowd(site["url"] + stylesheet)

    lookups = {name: after[name] - before[name] for name in after}
    hit_rate = lookups["cache_hit"] / max(1, sum(lookups.values()))
    ratio = readers["per_second"] / styles["per_second"]
    print(
        f"\nthrough Varnish, {CROWD_SECONDS} s at {CONNECTIONS} connections:"
        f"\n  article {readers['per_second']:>10.0f} req/s  ({readers['requests']} requests,"
        f" {hit_rate:.2%} hits)"
        f"\n  CSS     {styles['per_second']:>10.0f} req/s"
        f"\n  article / CSS {ratio:.2f}"
    )
    assert readers["non_2xx"] == readers["socket_errors"] == 0
    assert hit_rate >= 0.99
    assert ratio >= 0.5


def test_a_publish_shows_through_the_cache_within_two_seconds(site):
    article, listing = site["url"] + ARTICLE, site["url"] + "/articles/"
    for url in (article, listing, article, listing):
        requests.get(url, timeout=30)
    assert requests.get(article, timeout=30).headers["X-Cache"] == "HIT"
    assert requests.get(listing, timeout=30).headers["X-Cache"] == "HIT"
    started, shell = changed_at(
        site,
        "from articles.models import ArticlePage\n"
        "page = ArticlePage.objects.get(slug='goals-you-will-still-care-about')\n"
        "page.title = 'Goals worth keeping, revised'\n"
        "page.save_revision().publish()\n",
    )
    seconds = seen_within([article, listing], "Goals worth keeping, revised", started)
    assert shell.wait(timeout=60) == 0
    print(
        f"\npublish visible through Varnish after {seconds[0]:.2f} s"
        f" (in the listing after {seconds[1]:.2f} s)"
    )
    assert max(seconds) <= VISIBLE_WITHIN


def test_a_comment_approval_shows_through_the_cache_within_two_seconds(site):
    article = site["url"] + ARTICLE
    _, shell = changed_at(
        site,
        "from comments.models import Comment\n"
        "from wagtail.models import Page\n"
        "Comment.objects.create(page=Page.objects.get(slug='goals-you-will-still-care-about'),"
        " author_name='Robin', author_email='robin@example.com',"
        " body='Waiting for a moderator to read this.')\n",
    )
    assert shell.wait(timeout=60) == 0
    requests.get(article, timeout=30)
    cached = requests.get(article, timeout=30)
    assert cached.headers["X-Cache"] == "HIT", "a comment awaiting moderation purged nothing"
    assert "Waiting for a moderator" not in cached.text
    started, shell = changed_at(
        site,
        "from comments import moderation\n"
        "from comments.models import Comment\n"
        "moderation.approve(Comment.objects.get(author_name='Robin'))\n",
    )
    [seconds] = seen_within([article], "Waiting for a moderator to read this.", started)
    assert shell.wait(timeout=60) == 0
    print(f"\ncomment approval visible through Varnish after {seconds:.2f} s")
    assert seconds <= VISIBLE_WITHIN


def test_a_signed_in_clients_pages_never_come_from_the_cache(site):
    url = site["url"]
    login = requests.get(f"{url}/accounts/login/", timeout=30)
    assert login.headers["X-Cache"] == "MISS"
    csrf = re.search(r"csrftoken=([^;]+)", login.headers["Set-Cookie"]).group(1)
    signed_in = requests.post(
        f"{url}/accounts/login/",
        {
            "csrfmiddlewaretoken": re.search(
                r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text
            ).group(1),
            "login": "client.one@tranquil.example",
            "password": "tranquil-demo-2026",
        },
        headers={"Cookie": f"csrftoken={csrf}", "Referer": f"{url}/accounts/login/"},
        allow_redirects=False,
        timeout=30,
    )
    assert signed_in.status_code == 302, signed_in.text[:2000]
    session = re.search(r"sessionid=([^;]+)", signed_in.headers["Set-Cookie"]).group(1)
    cookie = {"Cookie": f"csrftoken={csrf}; sessionid={session}"}
    for path in (ARTICLE, "/", "/portal/", ARTICLE):
        response = requests.get(url + path, headers=cookie, allow_redirects=False, timeout=30)
        assert response.status_code == 200, path
        assert response.headers["X-Cache"] == "MISS", path
        assert "public" not in response.headers["Cache-Control"], path
        assert "Sign out" in response.text or "Log out" in response.text, path
    requests.get(url + ARTICLE, timeout=30)
    anonymous = requests.get(url + ARTICLE, timeout=30)
    assert anonymous.headers["X-Cache"] == "HIT"
    assert "Sign out" not in anonymous.text and "Log out" not in anonymous.text

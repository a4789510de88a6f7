"""Real-browser harness: Playwright drives Debian's Chromium against a live server.

Playwright cannot download its own browser on these machines, so the Makefile installs
Debian's `chromium` and the tests launch that binary. Where it truly cannot be installed
the browser tests skip and say why; under CI they fail instead, so a missing browser is
never mistaken for a pass.
"""

import os
import shutil
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERIOUS = {"serious", "critical"}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not os.path.exists(CHROMIUM):
        message = "Debian's chromium is not installed (make test installs it where apt-get can)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    migrated = getattr(connections["default"], "_test_serialized_contents", None)
    # Playwright's sync API runs an event loop in this thread; the ORM calls the browser
    # tests make beside it are still synchronous and safe. Only these tests get the waiver.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        # Playwright's event loop makes Django's connection handles context-local, so from
        # here the tests use a new handle. Hand it the snapshot of the migrated database
        # that serialized_rollback restores between browser tests.
        if migrated is not None:
            connections["default"]._test_serialized_contents = migrated
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def demo_site(transactional_db):
    """The demo content, as `make run` shows it."""
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def open_tab(browser, base_url):
    """A fresh browser tab in its own context (its own cookies) that records every request
    it makes and every Content-Security-Policy violation, in `csp_violations`."""
    tab = browser.new_context(base_url=base_url).new_page()
    tab.set_default_timeout(15_000)
    tab.requested_hosts = set()
    tab.on("request", lambda request: tab.requested_hosts.add(urlsplit(request.url).hostname))
    tab.csp_violations = []
    tab.on(
        "console",
        lambda message: (
            tab.csp_violations.append(f"{tab.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return tab


def assert_kept_csp(tab):
    """The Content-Security-Policy must never block anything the site itself does."""
    assert not tab.csp_violations, "the page broke its own Content-Security-Policy:\n" + (
        "\n".join(tab.csp_violations)
    )


@pytest.fixture
def page(browser, live_server, demo_site):
    """A fresh browser tab on the live server; the test fails on any CSP violation."""
    tab = open_tab(browser, live_server.url)
    yield tab
    tab.context.close()
    assert_kept_csp(tab)


def assert_accessible(page):
    """axe-core finds no serious or critical violation on the page as it stands, once its
    transitions have settled: a tooltip caught mid-fade has a blended colour that is no
    colour anyone reads."""
    page.evaluate(
        "Promise.all(document.getAnimations()"
        ".filter((a) => a.effect?.getTiming().iterations !== Infinity)"
        ".map((a) => a.finished))"
    )
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    details = "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes']]}"
        for v in serious
    )
    assert not serious, f"axe found on {page.url}:\n{details}"


def assert_no_third_party_requests(page):
    """Privacy rule 9: the page fetched nothing from anywhere but this server."""
    foreign = {host for host in page.requested_hosts if host not in {"localhost", "127.0.0.1"}}
    assert not foreign, f"requests left the site: {foreign}"

"""`make screenshots`: the home page, an article, the team, a practitioner, services and fees,
the client's portal overview and the coach's dashboard, each at 1280 and 390 pixels wide,
saved whole as PNGs in screenshots/ (which git ignores) so anyone can look at the layout.
Not part of `make test`: only the `screenshots_*.py` pattern that the Makefile target
passes collects this file."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from .widths import ARTICLE, WIDTHS, sign_in_client, sign_in_coach

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TRUST_PAGES = [("team", "/team/"), ("services", "/services/")]
FOLDER = Path(__file__).resolve().parents[2] / "screenshots"


def save(page, name, size):
    """The whole page, once every image on it (lazy ones too) has loaded."""
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # One evaluate that resolves when every image has settled: wait_for_function polls with
    # eval, which the site's Content Security Policy rightly refuses.
    page.evaluate(
        """() => Promise.all([...document.images].map((image) => {
            image.loading = "eager";
            return image.complete ? null : new Promise((done) => {
                image.addEventListener("load", done);
                image.addEventListener("error", done);
            });
        }))"""
    )
    width = WIDTHS[size]["width"]
    page.screenshot(path=FOLDER / f"{name}-{width}.png", full_page=True)


@pytest.mark.parametrize("size", list(WIDTHS))
def test_screenshots(page, live_server, sign_in_with_code, size):
    FOLDER.mkdir(exist_ok=True)
    page.set_viewport_size(WIDTHS[size])
    page.goto("/")
    save(page, "home", size)
    page.goto(ARTICLE)
    save(page, "article", size)
    for name, path in TRUST_PAGES:
        page.goto(path)
        save(page, name, size)
    page.goto("/team/")
    page.get_by_role("main").get_by_role("link", name="Cara Lane").first.click()
    save(page, "practitioner", size)
    sign_in_client(page, live_server)
    page.goto("/portal/")
    save(page, "portal-overview", size)
    page.context.clear_cookies()
    sign_in_coach(page, live_server, sign_in_with_code)
    page.goto("/portal/coach/")
    save(page, "coach-dashboard", size)

"""Forms at 1280 and 390 pixels wide: the journal's share checkbox reads as one thing, no
select offers '---------', scales sit in even rows, and chart labels stay readable."""

import pytest
from playwright.sync_api import expect

from portal.models import ClientProfile

from .conftest import assert_accessible
from .widths import CLIENT_EMAIL, WIDTHS, sign_in_client, sign_in_coach

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLIENT_PAGES = ["/portal/journal/new/", "/portal/goals/new/", "/portal/check-ins/new/"]
PUBLIC_PAGES = ["/enrol/", "/contact/"]
TIMEOUT = 15_000


@pytest.fixture(params=list(WIDTHS))
def size(request, page):
    page.set_viewport_size(WIDTHS[request.param])
    return request.param


def assert_no_dashes_and_accessible(page, path):
    assert page.goto(path).ok, path
    expect(page.get_by_role("heading", level=1)).to_be_visible(timeout=TIMEOUT)
    options = page.locator("select option").all_text_contents()
    assert not [text for text in options if text.strip() == "---------"], path
    assert_accessible(page)


def test_the_share_checkbox_sits_with_its_label(page, live_server, size):
    sign_in_client(page, live_server)
    page.goto("/portal/journal/new/")
    box = page.get_by_role("checkbox", name="Share with my coach")
    expect(box).to_be_visible(timeout=TIMEOUT)
    help_id = box.get_attribute("aria-describedby")
    assert help_id == "id_shared_helptext"
    check = box.bounding_box()
    label = page.locator("label[for=id_shared]").bounding_box()
    help_text = page.locator(f"#{help_id}").bounding_box()
    assert check["x"] + check["width"] <= label["x"] <= check["x"] + check["width"] + 24
    assert label["y"] < check["y"] + check["height"] and check["y"] < label["y"] + label["height"]
    assert help_text["y"] >= max(label["y"] + label["height"], check["y"] + check["height"]) - 1
    assert_accessible(page)


def test_client_and_public_forms_offer_no_dashes(page, live_server, size):
    for path in PUBLIC_PAGES:
        assert_no_dashes_and_accessible(page, path)
    sign_in_client(page, live_server)
    for path in CLIENT_PAGES:
        assert_no_dashes_and_accessible(page, path)


def test_coach_forms_offer_no_dashes(page, live_server, size, sign_in_with_code):
    sign_in_coach(page, live_server, sign_in_with_code)
    pk = ClientProfile.objects.filter(user__email=CLIENT_EMAIL).get().pk
    for path in ("", "homework/new/", "sessions/new/"):
        assert_no_dashes_and_accessible(page, f"/portal/coach/clients/{pk}/{path}")


def rows(page, fieldset):
    """How many options sit on each line of a group of radio buttons."""
    tops = [round(b["y"]) for b in (c.bounding_box() for c in fieldset.locator(".choice").all())]
    return [tops.count(top) for top in sorted(set(tops))]


def test_scales_sit_in_even_rows(page, live_server, size):
    sign_in_client(page, live_server)
    page.goto("/portal/check-ins/new/")
    mood = page.locator("fieldset", has=page.locator("input[name=mood]"))
    distress = page.locator("fieldset", has=page.locator("input[name=distress]"))
    expect(mood).to_be_visible(timeout=TIMEOUT)
    legend = mood.locator("legend").bounding_box()
    assert legend["y"] > mood.bounding_box()["y"] + 1  # inside the border, not cutting it
    if size == "desktop":
        assert rows(page, mood) == [10] and rows(page, distress) == [11]
    else:
        assert rows(page, mood) == [5, 5] and rows(page, distress) == [6, 5]


def test_chart_labels_are_readable(page, live_server, size):
    sign_in_client(page, live_server)
    page.goto("/portal/check-ins/")
    label = page.locator(".chart__label").first
    expect(label).to_be_visible(timeout=TIMEOUT)
    pixels = label.evaluate(
        "t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a"
    )
    assert pixels >= 11
    assert page.locator(".chart ~ table, table").count() >= 1

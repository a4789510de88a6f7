"""Embedded media waits for the reader's click before loading anything."""

import pytest
from playwright.sync_api import expect
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Site

from home.factories import StandardPageFactory

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VIDEO = "https://video.example/watch/calm"


def test_the_player_loads_only_after_play_is_pressed(page):
    Embed.objects.create(
        hash=get_embed_hash(VIDEO, 800),
        url=VIDEO,
        max_width=800,
        type="video",
        # A player that loads nothing: any page of ours refuses to be framed (CSP).
        html='<iframe srcdoc="<p>Breathe in, breathe out.</p>" title="Calm breathing player">'
        "</iframe>",
        title="Calm breathing",
        provider_name="Video Example",
    )
    home = Site.objects.get(is_default_site=True).root_page
    StandardPageFactory(
        parent=home,
        slug="breathing-video",
        body=[("embed", {"media": VIDEO, "title": "Calm breathing", "provider": "Video Example"})],
    )
    page.goto("/breathing-video/")
    expect(page.get_by_role("link", name="Calm breathing")).to_have_attribute("href", VIDEO)
    expect(page.locator("iframe")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("button", name="Play it here").click()
    expect(page.locator('iframe[title="Calm breathing player"]')).to_be_visible()

"""Shared blocks fail safe: no broken links to deleted pages, no third-party loads."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

VIDEO = "https://www.youtube.com/watch?v=calm-breathing"


def featured(page):
    return [
        (
            "featured_pages",
            {"heading": "Start here", "pages": [{"page": page, "heading": "", "text": "Read me"}]},
        )
    ]


def test_featured_card_disappears_when_its_page_is_unpublished_or_deleted(client, home_page):
    target = StandardPageFactory(parent=home_page, title="Fees", slug="fees")
    home_page.body = featured(target)
    home_page.save_revision().publish()
    assert 'href="/fees/"' in client.get("/").content.decode()

    target.unpublish()
    response = client.get("/")
    assert response.status_code == 200
    assert 'href="/fees/"' not in response.content.decode()

    target.delete()
    response = client.get("/")
    assert response.status_code == 200
    assert "Read me" not in response.content.decode()


def test_call_to_action_to_a_deleted_page_hides_itself(client, home_page):
    target = StandardPageFactory(parent=home_page, title="Enrol", slug="enrol")
    home_page.body = [
        (
            "call_to_action",
            {
                "heading": "Ready?",
                "text": "",
                "button_label": "Enrol",
                "page": target,
                "link_url": "",
            },
        )
    ]
    home_page.save_revision().publish()
    assert "Ready?" in client.get("/").content.decode()
    target.delete()
    response = client.get("/")
    assert response.status_code == 200
    assert "Ready?" not in response.content.decode()


def test_embeds_load_nothing_from_the_provider_until_asked(client, home_page):
    Embed.objects.create(
        hash=get_embed_hash(VIDEO, 800),
        url=VIDEO,
        max_width=800,
        type="video",
        html='<iframe src="https://www.youtube.com/embed/calm-breathing" title="Calm"></iframe>',
        title="Calm breathing",
        provider_name="YouTube",
    )
    page = StandardPageFactory(
        parent=home_page,
        slug="video",
        body=[("embed", {"media": VIDEO, "title": "Calm breathing", "provider": "YouTube"})],
    )
    html = client.get(page.url).content.decode()
    assert f'<a href="{VIDEO}">Calm breathing</a>' in html
    before_template, inside = html.split("<template>", 1)
    assert "<iframe" not in before_template
    assert "youtube.com/embed" in inside.split("</template>", 1)[0]
    assert "<iframe" not in inside.split("</template>", 1)[1]


def test_an_embed_that_cannot_be_fetched_still_renders_its_link(client, home_page, settings):
    settings.WAGTAILEMBEDS_FINDERS = []  # nothing can resolve the address
    page = StandardPageFactory(
        parent=home_page,
        slug="video",
        body=[("embed", {"media": VIDEO, "title": "Calm breathing", "provider": "YouTube"})],
    )
    html = client.get(page.url).content.decode()
    assert f'<a href="{VIDEO}">Calm breathing</a>' in html
    assert "<template>" not in html

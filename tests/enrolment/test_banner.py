"""The offer banner on every public page: places left, sold out, closed, none, switched off."""

from datetime import timedelta

import pytest
from django.utils import timezone

from enrolment.factories import OfferFactory
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def banner(client, path="/"):
    html = client.get(path).content.decode()
    if 'class="offer-banner"' not in html:
        return None
    start = html.index('class="offer-banner"')
    return " ".join(html[start : html.index("</aside>", start)].split())


def test_an_open_offer_shows_the_places_left(client, enrol_page):
    OfferFactory(places=14, places_taken=5)
    text = banner(client)
    assert "9 of 14 places left at £50." in text
    assert 'href="/enrol/"' in text


def test_the_count_is_live(client, enrol_page, enrol):
    OfferFactory(places=14)
    enrol()
    assert "13 of 14 places left" in banner(client)


def test_a_sold_out_offer_switches_to_the_regular_price(client, enrol_page):
    OfferFactory(places=3, places_taken=3)
    text = banner(client)
    assert "all 3 offer places have gone" in text
    assert "Enrol at £80" in text


def test_a_closed_offer_disappears(client, enrol_page):
    OfferFactory(
        opens_at=timezone.now() - timedelta(days=10), closes_at=timezone.now() - timedelta(days=1)
    )
    assert banner(client) is None


def test_an_offer_not_yet_open_is_not_shown(client, enrol_page):
    OfferFactory(opens_at=timezone.now() + timedelta(days=1))
    assert banner(client) is None


def test_no_offer_no_banner(client, enrol_page):
    assert banner(client) is None


def test_the_owner_can_switch_the_banner_off(client, enrol_page):
    OfferFactory()
    site_settings = SiteSettings.load()
    site_settings.show_offer_banner = False
    site_settings.save()
    assert banner(client) is None


def test_not_on_the_enrol_page_or_sign_in(client, enrol_page):
    OfferFactory()
    assert banner(client, "/enrol/") is None
    assert banner(client, "/accounts/login/") is None


def test_the_newest_open_offer_wins(client, enrol_page):
    OfferFactory(title="Older offer", opens_at=timezone.now() - timedelta(days=5))
    OfferFactory(title="Spring sessions", opens_at=timezone.now() - timedelta(hours=1))
    assert "Spring sessions" in banner(client)


def test_the_offer_validates_its_dates_places_and_prices(db):
    from django.core.exceptions import ValidationError

    offer = OfferFactory.build(
        closes_at=timezone.now() - timedelta(days=2), offer_price=90, places=0
    )
    with pytest.raises(ValidationError) as raised:
        offer.full_clean()
    assert set(raised.value.message_dict) == {"closes_at", "offer_price", "places"}


def test_a_place_taken_purges_every_page_showing_the_banner(purges, enrol_page, article, enrol):
    OfferFactory(places=14)
    purges.clear()
    enrol()
    assert {"/", "/enrol/", "/articles/", "/articles/hard-week/"} <= set(purges)


def test_enrolling_at_the_regular_price_leaves_the_cache_alone(purges, enrol_page, enrol):
    OfferFactory(places=1, places_taken=1)
    purges.clear()
    enrol()
    assert purges == []

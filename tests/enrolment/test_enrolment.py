"""Enrolling at /enrol/: the place and price people get, the emails, and bad input."""

from decimal import Decimal

import pytest
from django.core import mail

from enrolment.factories import OfferFactory
from enrolment.models import Enrolment, Offer

pytestmark = pytest.mark.django_db


def test_the_form_shows_the_open_offer_and_its_places(client, enrol_page, offer):
    html = client.get("/enrol/").content.decode()
    assert "14 of 14 places left at £50" in html
    assert "Enrolling is not for emergencies" in html
    assert 'name="consent_privacy"' in html


def test_enrolling_claims_the_next_place_and_says_so(enrol, offer):
    response = enrol()
    assert response.status_code == 200
    assert "You have place 1 of 14 at £50." in response.content.decode()
    enrolment = Enrolment.objects.get()
    assert (enrolment.place, enrolment.price, enrolment.offer) == (1, Decimal("50"), offer)
    assert enrolment.preferred_times == ["weekday-evenings"]
    assert "may contact me" in enrolment.consent_text
    offer.refresh_from_db()
    assert offer.places_taken == 1


def test_the_ninth_person_gets_place_nine(enrol, offer):
    for n in range(8):
        enrol(email=f"early{n}@example.com")
    assert "You have place 9 of 14 at £50." in enrol().content.decode()


def test_once_the_places_are_gone_people_pay_the_regular_price(enrol, enrol_page):
    offer = OfferFactory(places=2)
    enrol(email="a@example.com")
    enrol(email="b@example.com")
    html = enrol(email="c@example.com").content.decode()
    assert "The 2 offer places had all gone, so you will pay the regular price of £80." in html
    late = Enrolment.objects.get(email="c@example.com")
    assert late.place is None and late.price == Decimal("80") and late.offer == offer
    offer.refresh_from_db()
    assert offer.places_taken == 2


def test_without_an_offer_the_page_price_applies(enrol, enrol_page):
    enrol_page.regular_price = Decimal("75")
    enrol_page.save_revision().publish()
    html = enrol().content.decode()
    assert "Your sessions will be at the regular price of £75." in html
    assert Enrolment.objects.get().offer is None


def test_a_closed_or_switched_off_offer_gives_no_place(enrol, enrol_page):
    OfferFactory(closes_at="2020-01-01T00:00Z", opens_at="2019-12-01T00:00Z")
    OfferFactory(active=False)
    enrol()
    assert Enrolment.objects.get().place is None


def test_enrolling_twice_keeps_one_place_and_reveals_nothing(enrol, offer):
    enrol(email="Lee@Example.com")
    enrol(email="someone@example.com")
    mail.outbox.clear()
    response = enrol(email="lee@example.com", name="Not Lee", help_with="Overwritten.")
    html = response.content.decode()
    # Whoever typed the address may not own it: no name, place or price on the page.
    assert "We have emailed the details of your enrolment to lee@example.com." in html
    assert "place 1" not in html and "Lee Morgan" not in html
    assert "no-store" in response["Cache-Control"]
    lee = Enrolment.objects.get(email="lee@example.com")
    assert (lee.place, lee.name, lee.help_with) == (
        1,
        "Lee Morgan",
        "I keep putting off a career decision.",
    )
    assert Enrolment.objects.count() == 2
    assert Offer.objects.get().places_taken == 2
    # Only the address itself hears of the repeat, with its place.
    (message,) = mail.outbox
    assert message.to == ["lee@example.com"]
    assert "enrolled again with this address" in message.body
    assert "You have place 1 of 14 at £50." in message.body


def test_an_owner_saving_the_offer_never_winds_the_count_back(enrol, offer):
    stale = Offer.objects.get(pk=offer.pk)
    enrol(email="a@example.com")
    enrol(email="b@example.com")
    stale.title = "Renamed while people enrolled"
    stale.save()
    assert Offer.objects.get().places_taken == 2
    assert "You have place 3 of 14" in enrol(email="c@example.com").content.decode()


def test_the_person_and_the_owner_are_emailed(enrol, offer):
    enrol()
    confirmation, owner = mail.outbox
    assert confirmation.to == ["lee@example.com"]
    assert confirmation.subject == "Your place 1 of 14 with Tranquil"
    assert "You have place 1 of 14 at £50." in confirmation.body
    assert "116 123" in confirmation.body  # the crisis line, before anyone has spoken to them
    assert confirmation.alternatives[0][1] == "text/html"
    assert owner.to == ["hello@tranquil.example"]
    assert owner.reply_to == ["lee@example.com"]
    assert owner.subject == "New enrolment: Lee Morgan, place 1 of 14"
    assert "/admin/portal/enrolment/inspect/" in owner.body
    # What they want help with stays behind the admin's sign-in.
    assert "career decision" not in owner.body + owner.alternatives[0][0]


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"consent_privacy": ""}, "Please confirm you have read the privacy notice."),
        ({"consent_contact": ""}, "We need your agreement to contact you"),
        ({"phone": "call me maybe"}, "Please give a phone number of digits"),
        ({"service": "astrology"}, "Select a valid choice."),
        ({"help_with": "x" * 2001}, "at most 2000 characters"),
        ({"name": ""}, "This field is required."),
    ],
)
def test_bad_input_is_explained_and_keeps_what_was_typed(client, enrol_data, offer, fields, error):
    response = client.post("/enrol/", enrol_data(**fields))
    html = response.content.decode()
    assert response.status_code == 200
    assert error in html
    assert "Please check the fields marked below" in html
    if "help_with" not in fields:
        assert "I keep putting off a career decision." in html
    assert not Enrolment.objects.exists()
    assert Offer.objects.get().places_taken == 0


def test_bots_filling_the_honeypot_are_turned_away(client, enrol_data, offer):
    response = client.post("/enrol/", enrol_data(homepage="https://spam.example"))
    assert "we could not accept that enrolment" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_a_flood_from_one_address_is_rate_limited(client, enrol_data, offer, settings):
    settings.ENROL_RATE_LIMIT = (2, 3600)
    for n in range(2):
        assert client.post("/enrol/", enrol_data(email=f"p{n}@example.com")).status_code == 302
    response = client.post("/enrol/", enrol_data(email="p3@example.com"))
    assert response.status_code == 429
    assert Enrolment.objects.count() == 2


def test_the_result_page_shows_only_this_browsers_enrolment(client, enrol, offer):
    enrol()
    stranger = type(client)()
    response = stranger.get("/enrol/thank-you/")
    assert response.status_code == 302 and response["Location"] == "/enrol/"

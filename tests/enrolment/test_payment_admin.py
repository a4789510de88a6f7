"""The owner's payments for offer places: the list, its filters, totals and export, the
inspect page, invoices, refunds and who may see them."""

import re

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from payments import PaymentError, PaymentStatus
from payments.dummy import DummyProvider

from enrolment.factories import EnrolmentFactory, OfferFactory
from enrolment.models import Enrolment, EnrolmentPayment, Offer

pytestmark = pytest.mark.django_db

PAYMENTS = "/admin/enrolment/payment/"
STATE = Enrolment.PaymentState


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def paid_offer(db):
    return OfferFactory(title="Spring places", payment=Offer.Payment.FULL, places=2)


def confirm(payment):
    """The provider's confirmation, which finds the payment in the database (as the pay
    view and the webhook do) and settles it: the place kept or a refund due, an invoice."""
    payment = EnrolmentPayment.objects.get(pk=payment.pk)
    payment.change_status(PaymentStatus.CONFIRMED)
    payment.refresh_from_db()
    return payment


def paid(offer, name="Lee Morgan", place=1, **fields):
    """An enrolment holding `place`, whose payment for it is confirmed (and invoiced)."""
    enrolment = EnrolmentFactory(
        offer=offer,
        place=place,
        payment_state=STATE.AWAITING,
        price=offer.offer_price,
        name=name,
        **fields,
    )
    return confirm(EnrolmentPayment.start(enrolment))


def unpaid(offer, name="Ola Waits", place=2):
    enrolment = EnrolmentFactory(
        offer=offer, place=place, payment_state=STATE.AWAITING, price=offer.offer_price, name=name
    )
    return EnrolmentPayment.start(enrolment)


def late(offer, name="Late Payer"):
    """A payment confirmed after its hold ran out and every place had gone: refund due."""
    Offer.objects.filter(pk=offer.pk).update(places_taken=offer.places)
    enrolment = EnrolmentFactory(
        offer=offer,
        payment_state=STATE.RELEASED,
        price=offer.regular_price,
        name=name,
        email="late@example.com",
    )
    payment = confirm(EnrolmentPayment.start(enrolment))
    assert payment.enrolment.payment_state == STATE.REFUND_DUE
    return payment


def row(html, pk):
    """The listing's cells for one payment: {column class: text}."""
    tr = re.search(rf'<tr[^>]*data-object-pk="{pk}">(.*?)</tr>', html, re.S)[1]
    cells = re.findall(r'<td class="([^"]*)">(.*?)</td>', tr, re.S)
    return {cls.split()[0]: re.sub(r"<[^>]+>|\s+", " ", text).strip() for cls, text in cells}


def listed(html):
    return {int(pk) for pk in re.findall(r'data-object-pk="(\d+)"', html)}


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# The list ------------------------------------------------------------------------------


def test_the_list_shows_payer_amount_status_place_and_invoice(owner_client, paid_offer):
    payment = paid(paid_offer)
    cells = row(owner_client.get(PAYMENTS).content.decode(), payment.pk)
    assert cells["field-payer"] == "Lee Morgan"
    assert cells["field-amount"] == "£50.00"
    assert cells["field-status_label"] == "Paid"
    assert cells["field-place"] == "Paid"
    assert cells["field-invoice_label"] == "INV-00001"
    assert cells["field-offer"] == "Spring places"


def test_the_buttons_are_inspect_invoice_and_refund_never_edit_or_delete(owner_client, paid_offer):
    payment = paid(paid_offer)
    waiting = unpaid(paid_offer)
    refund_due = late(paid_offer)
    html = owner_client.get(PAYMENTS).content.decode()
    for made in (payment, waiting, refund_due):
        assert f"{PAYMENTS}edit/{made.pk}/" not in html
        assert f"{PAYMENTS}delete/{made.pk}/" not in html
        assert f"{PAYMENTS}inspect/{made.pk}/" in html
    assert f"{PAYMENTS}create/" not in html
    assert "Invoice INV-00001" in html and "/admin/enrolment/invoice/1/" in html
    assert "Invoice INV-00002" in html  # the late payment is invoiced too
    assert f"{PAYMENTS}{refund_due.pk}/refund/" in html
    assert f"{PAYMENTS}{payment.pk}/refund/" not in html
    assert f"{PAYMENTS}{waiting.pk}/refund/" not in html


def test_payments_cannot_be_created_edited_or_deleted(owner_client, paid_offer):
    payment = paid(paid_offer)
    for url in (
        f"{PAYMENTS}create/",
        f"{PAYMENTS}edit/{payment.pk}/",
        f"{PAYMENTS}delete/{payment.pk}/",
    ):
        for method in (owner_client.get, owner_client.post):
            response = method(url)
            assert response.status_code in (302, 403, 404), (url, response.status_code)
            assert "Lee Morgan" not in response.content.decode()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED
    assert EnrolmentPayment.objects.count() == 1


def test_filters_find_the_refunds_due_and_one_offers_payments(owner_client, paid_offer):
    payment = paid(paid_offer)
    waiting = unpaid(paid_offer)
    refund_due = late(paid_offer)
    other = paid(OfferFactory(title="Autumn places", payment=Offer.Payment.FULL), name="Ana")
    assert listed(owner_client.get(f"{PAYMENTS}?place=refund-due").content.decode()) == {
        refund_due.pk
    }
    assert listed(owner_client.get(f"{PAYMENTS}?status=waiting").content.decode()) == {waiting.pk}
    by_offer = owner_client.get(f"{PAYMENTS}?offer={paid_offer.pk}").content.decode()
    assert listed(by_offer) == {payment.pk, waiting.pk, refund_due.pk}
    assert listed(owner_client.get(f"{PAYMENTS}?q=Ana").content.decode()) == {other.pk}


@pytest.mark.parametrize("query", ["foo=1", "status=%00", "q=%00"])
def test_an_unknown_filter_or_a_nul_byte_is_400(owner_client, paid_offer, query):
    paid(paid_offer)
    assert owner_client.get(f"{PAYMENTS}?{query}").status_code == 400


@pytest.mark.parametrize("query", ["place=nonsense", "offer=abc", "offer=99999999999999999999"])
def test_an_unknown_choice_is_ignored(owner_client, paid_offer, query):
    paid(paid_offer)
    response = owner_client.get(f"{PAYMENTS}?{query}")
    assert response.status_code == 200
    assert "Lee Morgan" in response.content.decode()


def test_monthly_totals_count_confirmed_payments_only(owner_client, paid_offer):
    paid(paid_offer)
    paid(paid_offer, name="Second Payer", place=2)
    unpaid(OfferFactory(payment=Offer.Payment.FULL), place=1)
    html = owner_client.get(PAYMENTS).content.decode()
    section = html.split('id="monthly-totals"')[1].split("</section>")[0]
    month = timezone.localdate().strftime("%B %Y")
    assert re.search(rf"<td>{month}</td><td>2</td><td>£100.00</td>", section)


def test_no_payments_yet_says_so(owner_client):
    assert "No payments received yet." in owner_client.get(PAYMENTS).content.decode()


def test_the_export_is_safe_for_spreadsheets(owner_client, paid_offer):
    paid(paid_offer, name="=HYPERLINK(1)")
    export = owner_client.get(f"{PAYMENTS}?export=csv")
    assert export.status_code == 200
    text = b"".join(export.streaming_content).decode()
    assert "INV-00001" in text and "50.00" in text
    assert "'=HYPERLINK(1)" in text
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_the_inspect_page_shows_the_payment(owner_client, paid_offer):
    payment = paid(paid_offer)
    response = owner_client.get(f"{PAYMENTS}inspect/{payment.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lee Morgan" in html and "INV-00001" in html and "£50.00" in html


def test_the_invoice_page_prints_the_invoice_and_an_unknown_number_is_404(owner_client, paid_offer):
    paid(paid_offer)
    response = owner_client.get("/admin/enrolment/invoice/1/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "INV-00001" in html and "Lee Morgan" in html and "£50.00" in html
    assert owner_client.get("/admin/enrolment/invoice/99/").status_code == 404


def test_a_refund_is_asked_then_done_once(owner_client, paid_offer):
    payment = late(paid_offer)
    asked = owner_client.get(f"{PAYMENTS}{payment.pk}/refund/")
    assert asked.status_code == 200
    assert "late@example.com" in asked.content.decode()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED  # asking changes nothing

    done = owner_client.post(f"{PAYMENTS}{payment.pk}/refund/")
    assert messages_of(done) == ["Refunded £50.00 to late@example.com."]
    again = owner_client.post(f"{PAYMENTS}{payment.pk}/refund/")
    assert messages_of(again)[-1] == "This payment has no refund due."
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED
    assert payment.enrolment.payment_state == STATE.REFUNDED


def test_a_paid_place_cannot_be_refunded_from_here(owner_client, paid_offer):
    payment = paid(paid_offer)
    response = owner_client.post(f"{PAYMENTS}{payment.pk}/refund/")
    assert messages_of(response) == ["This payment has no refund due."]
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED


def test_a_refund_the_provider_refuses_changes_nothing(owner_client, paid_offer, monkeypatch):
    payment = late(paid_offer)

    def refuse(self, payment, amount=None):
        raise PaymentError("card closed")

    monkeypatch.setattr(DummyProvider, "refund", refuse)
    response = owner_client.post(f"{PAYMENTS}{payment.pk}/refund/")
    assert response.status_code == 302
    (message,) = messages_of(response)
    assert message.startswith("The payment provider did not refund £50.00.")
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED
    assert payment.enrolment.payment_state == STATE.REFUND_DUE


def test_an_unknown_payment_is_404(owner_client):
    assert owner_client.get(f"{PAYMENTS}999/refund/").status_code == 404
    assert owner_client.get(f"{PAYMENTS}inspect/999/").status_code == 404


def test_an_editor_sees_no_payments_invoices_or_refunds(client, editor, paid_offer):
    payment = late(paid_offer)
    client.force_login(editor)
    for url in (
        PAYMENTS,
        f"{PAYMENTS}inspect/{payment.pk}/",
        "/admin/enrolment/invoice/1/",
        f"{PAYMENTS}{payment.pk}/refund/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "late@example.com" not in response.content.decode()
    assert client.post(f"{PAYMENTS}{payment.pk}/refund/").status_code in (302, 403)
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED


def test_a_visitor_is_sent_to_sign_in(client, paid_offer):
    payment = late(paid_offer)
    for url in (PAYMENTS, "/admin/enrolment/invoice/1/", f"{PAYMENTS}{payment.pk}/refund/"):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_list_costs_the_same_queries_for_2_and_12_payments(owner_client, paid_offer):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(PAYMENTS).status_code == 200
        return len(queries)

    paid_offer.places = 12
    paid_offer.save()
    paid(paid_offer)
    late(OfferFactory(payment=Offer.Payment.FULL, places=1))
    count()  # the first look caches the site's settings and the admin's menus
    few = count()
    for place in range(2, 12):
        paid(paid_offer, name=f"Payer {place}", place=place)
    assert count() == few

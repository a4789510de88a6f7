"""A client's invoices in the portal: theirs alone (never their coach's to see), in their
download, and kept with the practice's accounts when the client erases their account."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from payments import PaymentStatus

from accounts.factories import PASSWORD, OwnerFactory
from enrolment.factories import EnrolmentFactory, OfferFactory
from enrolment.models import Enrolment, EnrolmentPayment, Invoice
from portal.factories import ClientFactory, CoachFactory, InvitationFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/portal/invoices/"


def detail_url(invoice):
    return f"/portal/invoices/{invoice.number}/"


def paid(user, *, email=None, refunded=False):
    """An enrolment paid in full and invited into the portal, the invitation accepted by
    `user`; returns its invoice, issued as a confirmed payment issues it."""
    offer = OfferFactory(payment="full", title="Six sessions")
    enrolment = EnrolmentFactory(
        offer=offer,
        name="Sam Rivers",
        email=email or user.email,
        place=1,
        price=offer.offer_price,
        payment_state=Enrolment.PaymentState.AWAITING,
    )
    InvitationFactory(
        email=enrolment.email,
        enrolment=enrolment,
        accepted_by=user,
        accepted_at=timezone.now(),
    )
    payment = EnrolmentPayment.start(enrolment)
    payment.change_status(PaymentStatus.CONFIRMED)
    if refunded:
        payment.change_status(PaymentStatus.REFUNDED)
    return Invoice.objects.get(payment=payment)


@pytest.fixture
def sams_invoice(client_profile):
    return paid(client_profile.user)


# The client's own


def test_the_client_lists_and_opens_their_invoice(client, client_profile, sams_invoice):
    client.force_login(client_profile.user)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert sams_invoice.label in html and detail_url(sams_invoice) in html
    assert "Sessions: Six sessions" in html and "£50.00" in html
    assert f">{timezone.localtime(sams_invoice.issued):%-d %b %Y}</td>" in html
    assert "Refunded" not in html

    response = client.get(detail_url(sams_invoice))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert f"Invoice {sams_invoice.label}" in html and 'class="invoice"' in html
    assert "Sam Rivers" in html and client_profile.user.email in html
    assert "use your browser's Print" in html


def test_invoices_are_found_through_the_accepted_invitation_not_the_address(client, client_profile):
    invoice = paid(client_profile.user, email="sam.old@example.com")
    client.force_login(client_profile.user)
    assert invoice.label in client.get(LIST_URL).content.decode()
    assert client.get(detail_url(invoice)).status_code == 200


def test_an_enrolment_invited_twice_lists_its_invoice_once(client, client_profile, sams_invoice):
    enrolment = sams_invoice.payment.enrolment
    InvitationFactory(
        email=enrolment.email,
        enrolment=enrolment,
        accepted_by=client_profile.user,
        accepted_at=timezone.now(),
    )
    client.force_login(client_profile.user)
    assert client.get(LIST_URL).content.decode().count(detail_url(sams_invoice)) == 1
    assert client.get(detail_url(sams_invoice)).status_code == 200


def test_a_refund_is_noted_on_the_list_and_the_invoice(client, client_profile):
    invoice = paid(client_profile.user, refunded=True)
    client.force_login(client_profile.user)
    assert "Refunded" in client.get(LIST_URL).content.decode()
    assert "Refunded in full." in client.get(detail_url(invoice)).content.decode()


def test_no_invoices_yet(client, client_profile):
    client.force_login(client_profile.user)
    html = client.get(LIST_URL).content.decode()
    assert "No invoices yet." in html and "<table" not in html


def test_the_invoices_sit_beside_the_clients_other_records(client, client_profile):
    client.force_login(client_profile.user)
    html = client.get("/portal/my-data/").content.decode()
    assert f'href="{LIST_URL}"' in html and "Your invoices" in html


def test_an_invoice_number_that_is_nobodys_answers_404(client, client_profile, sams_invoice):
    client.force_login(client_profile.user)
    assert client.get(f"/portal/invoices/{sams_invoice.number + 1}/").status_code == 404


# Everybody else


@pytest.fixture
def people(client_profile, coach, editor, owner):
    other_client = ClientFactory(coach=CoachFactory())
    paid(other_client.user)  # their own, to show the lists do not mix
    # The practice owner, also a client of Cara's, who never enrolled.
    owner_client = ClientFactory(user=OwnerFactory(), coach=coach).user
    return {
        "other client": other_client.user,
        "owner as a client of nothing": owner_client,
        "owner": owner,
        "own coach": coach.user,
        "other coach": other_client.coach.user,
        "editor": editor,
    }


COACHES = {"own coach", "other coach"}


def sign_in(client, sign_in_with_code, people, who):
    if who in COACHES:  # with the second factor, so only the rule can keep them out
        sign_in_with_code(client, people[who])
    else:
        client.force_login(people[who])


def test_anonymous_visitors_are_sent_to_sign_in(client, sams_invoice):
    for url in [LIST_URL, detail_url(sams_invoice)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == f"/accounts/login/?next={url}", url


@pytest.mark.parametrize(
    "who",
    ["other client", "owner as a client of nothing", "owner", "own coach", "other coach", "editor"],
)
def test_nobody_else_opens_the_clients_invoice(
    client, sign_in_with_code, sams_invoice, people, who
):
    sign_in(client, sign_in_with_code, people, who)
    response = client.get(detail_url(sams_invoice))
    assert response.status_code == 404, who
    assert sams_invoice.label not in response.content.decode()


@pytest.mark.parametrize("who", ["other client", "owner as a client of nothing"])
def test_other_clients_list_only_their_own(client, sams_invoice, people, who):
    client.force_login(people[who])
    response = client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert sams_invoice.label not in html and "Sam Rivers" not in html


@pytest.mark.parametrize("who", ["owner", "own coach", "other coach", "editor"])
def test_people_without_a_client_profile_have_no_invoice_list(
    client, sign_in_with_code, sams_invoice, people, who
):
    """Money is between the client and the practice: not even their coach sees it."""
    sign_in(client, sign_in_with_code, people, who)
    assert client.get(LIST_URL).status_code == 404, who


# Cost


def count_queries(client, url):
    client.get(url)  # warm the site and settings caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_list_costs_the_same_with_1_invoice_as_with_30(client, coach):
    counts = []
    for count in (1, 30):
        person = ClientFactory(coach=coach)
        for _ in range(count):
            paid(person.user)
        client.force_login(person.user)
        queries, html = count_queries(client, LIST_URL)
        counts.append(queries)
    one, thirty = counts
    assert one == thirty, f"{one} queries with 1 invoice, {thirty} with 30"
    assert "Page 1 of 2" in html and "Older invoices" in html


# The client's rights over their data


def test_the_download_and_the_printable_page_include_the_invoices(
    client, client_profile, sams_invoice, people
):
    client.force_login(client_profile.user)
    data = json.loads(client.get("/portal/my-data.json").content)
    [row] = data["invoices"]
    assert row["number"] == sams_invoice.label
    assert row["description"] == "Sessions: Six sessions"
    assert row["amount"] == "£50.00" and row["refunded"] is False
    assert row["date"].startswith(sams_invoice.issued.date().isoformat())
    html = client.get("/portal/my-data/").content.decode()
    assert sams_invoice.label in html and "Sessions: Six sessions" in html


def test_the_erase_page_says_invoices_are_kept(client, client_profile):
    client.force_login(client_profile.user)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    html = client.get("/portal/erase/").content.decode()
    assert "Invoices for payments you made are kept with the practice's accounts" in html


def test_erasure_takes_the_enrolments_and_payments_but_the_invoices_stay(client, client_profile):
    """Under their address, and under an old one reached only through the invitation."""
    user = client_profile.user
    kept = [paid(user), paid(user, email="sam.old@example.com")]
    client.force_login(user)
    assert client.post("/accounts/reauthenticate/", {"password": PASSWORD}).status_code == 302
    response = client.post("/portal/erase/", {"confirm": "erase"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert not Enrolment.objects.exists() and not EnrolmentPayment.objects.exists()
    for invoice in kept:
        invoice.refresh_from_db()
        assert invoice.payment_id is None
        assert invoice.amount == 50 and invoice.description == "Sessions: Six sessions"

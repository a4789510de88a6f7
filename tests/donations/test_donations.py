"""Donating through django-payments' dummy provider: amounts, success, failure, replays."""

from decimal import Decimal

import pytest
from django.core import mail
from payments import PaymentStatus

from donations.models import Donation, DonationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def donate_page(home_page):
    page = DonationPage(
        title="Donate",
        slug="donate",
        preset_amounts="5, 10, 25",
        minimum_amount=Decimal("2"),
        maximum_amount=Decimal("500"),
        thank_you_text="<p>Your support means a lot.</p>",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def give(client, donate_page, django_capture_on_commit_callbacks):
    """Fill in the donation form, then answer the dummy gateway with `outcome`."""

    def run(outcome="confirmed", **fields):
        data = {
            "amount": "other",
            "other_amount": "12.50",
            "donor_name": "Ana",
            "donor_email": "ana@example.com",
            "donor_message": "",
            **fields,
        }
        response = client.post("/donate/", data)
        assert response.status_code == 302, response.content.decode()[:2000]
        pay_url = response["Location"]
        assert client.get(pay_url).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                pay_url,
                {"status": outcome, "fraud_status": "accept", "gateway_response": "3ds-disabled"},
            )
        return pay_url, response

    return run


def test_the_page_offers_presets_and_any_amount(client, donate_page):
    html = client.get("/donate/").content.decode()
    for label in ("£5", "£10", "£25", "Another amount"):
        assert label in html
    assert "Between £2.00 and £500.00" in html


def test_a_confirmed_donation_lands_on_the_thank_you_page_and_emails_once(client, give):
    pay_url, response = give()
    donation = Donation.objects.get()
    assert donation.total == Decimal("12.50") and donation.currency == "GBP"
    assert donation.status == PaymentStatus.CONFIRMED
    assert response["Location"] == donation.result_path()
    html = client.get(response["Location"]).content.decode()
    assert "Thank you" in html and "£12.50" in html and "Your support means a lot." in html
    [message] = mail.outbox
    assert message.to == ["ana@example.com"]
    assert message.subject == "Thank you for your donation"
    assert "£12.50" in message.body and message.alternatives


def test_a_preset_amount(give):
    give(amount="25", other_amount="")
    assert Donation.objects.get().total == Decimal("25")


def test_a_failed_payment_says_so_and_records_no_gift(client, give):
    _, response = give(outcome=PaymentStatus.REJECTED)
    donation = Donation.objects.get()
    assert donation.status == PaymentStatus.REJECTED
    html = client.get(response["Location"]).content.decode()
    assert "Payment not completed" in html and "try again" in html
    assert mail.outbox == []


def test_a_replayed_confirmation_records_one_donation(
    client, give, django_capture_on_commit_callbacks
):
    pay_url, _ = give()
    donation = Donation.objects.get()
    # The same form posted again, and the provider repeating its confirmation.
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(
            pay_url,
            {"status": "confirmed", "fraud_status": "accept", "gateway_response": "3ds-disabled"},
        )
        donation.change_status(PaymentStatus.CONFIRMED)
    assert again.status_code == 302
    assert Donation.objects.count() == 1
    assert Donation.objects.filter(status=PaymentStatus.CONFIRMED).count() == 1
    assert len(mail.outbox) == 1


def test_a_late_waiting_callback_never_unconfirms(give):
    give()
    donation = Donation.objects.get()
    donation.change_status(PaymentStatus.WAITING)
    donation.refresh_from_db()
    assert donation.status == PaymentStatus.CONFIRMED


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("1.50", "The smallest donation we can take is £2.00."),
        ("501", "Online donations go up to £500.00. For more, please get in touch."),
        ("ten pounds", "Please type an amount in pounds, such as 15 or 7.50."),
        ("-5", "Please type an amount greater than zero."),
        ("0", "Please type an amount greater than zero."),
        ("3.333", "Please use pounds and pence, at most two decimals."),
        ("NaN", "Please type an amount greater than zero."),
        ("", "Choose an amount, or type the amount you would like to give."),
    ],
)
def test_bad_amounts_are_refused_clearly_with_the_form_kept(client, donate_page, amount, message):
    response = client.post(
        "/donate/",
        {
            "amount": "other",
            "other_amount": amount,
            "donor_name": "Ana",
            "donor_email": "ana@example.com",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Ana"' in html
    assert not Donation.objects.exists()


def test_supporters_who_asked_are_listed(client, give):
    give(show_name="on", donor_name="Priya S.")
    give(donor_name="Hidden Person")
    html = client.get("/donate/").content.decode()
    assert "Priya S." in html and "Hidden Person" not in html


def test_being_listed_needs_a_name(client, donate_page):
    response = client.post("/donate/", {"amount": "10", "show_name": "on", "donor_name": ""})
    assert "Add your name to be shown as a supporter." in response.content.decode()


def test_an_unknown_payment_token_is_404(client, donate_page):
    assert client.get("/donate/pay/not-a-token/").status_code == 404
    assert client.get("/donate/thank-you/not-a-token/").status_code == 404


def test_owner_sees_monthly_totals_and_exports_csv(client, owner, give):
    give()
    give(outcome=PaymentStatus.REJECTED)
    client.force_login(owner)
    html = client.get("/admin/donations/donation/").content.decode()
    assert "Confirmed donations by month" in html and "£12.50" in html
    filtered = client.get("/admin/donations/donation/?status__exact=rejected").content.decode()
    assert "rejected" in filtered.lower()
    export = client.get("/admin/donations/donation/?export=csv")
    assert export["Content-Type"].startswith("text/csv")
    rows = b"".join(export.streaming_content).decode().strip().splitlines()
    assert len(rows) == 3 and "ana@example.com" in rows[1]


def test_editors_cannot_see_donations(client, editor):
    client.force_login(editor)
    assert client.get("/admin/donations/donation/").status_code in (302, 403)


def test_donation_page_tree_rules(donate_page, home_page):
    assert DonationPage.can_create_at(home_page) is False  # one donate page per site
    assert DonationPage.parent_page_types == ["home.HomePage"]


def test_a_donate_block_in_an_article_links_to_the_page(client, article, donate_page):
    article.body = [
        (
            "donate",
            {"heading": "Keep this free", "text": "", "button_label": "Give", "page": donate_page},
        )
    ]
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Keep this free" in html and 'href="/donate/"' in html
    donate_page.unpublish()
    assert "Keep this free" not in client.get(article.url).content.decode()

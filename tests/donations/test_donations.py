"""Donating through django-payments' dummy provider: amounts, success, failure, replays."""

import hashlib
import hmac
import json
import time
from decimal import Decimal

import pytest
import stripe
from django.core import mail
from payments import PaymentStatus

from donations.models import Donation, DonationPage

pytestmark = pytest.mark.django_db


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
    assert "/static/admin/img/" not in html  # no icons from the absent Django admin
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


def test_a_huge_or_odd_amount_is_refused_not_a_crash(client, donate_page):
    for amount in ["1e100", "1E27", "9" * 29, "Infinity", "-Infinity"]:
        response = client.post("/donate/", {"amount": "other", "other_amount": amount})
        assert response.status_code == 200, amount
    assert not Donation.objects.exists()


def test_a_tampered_preset_is_refused_with_its_own_message(client, donate_page):
    response = client.post("/donate/", {"amount": "0.01"})
    assert "Select a valid choice." in response.content.decode()
    assert not Donation.objects.exists()


def test_a_late_rejection_never_unconfirms(give):
    give()
    donation = Donation.objects.get()
    donation.change_status(PaymentStatus.REJECTED)
    donation.refresh_from_db()
    assert donation.status == PaymentStatus.CONFIRMED
    with pytest.raises(ValueError):
        donation.change_status("whatever")


def test_a_declined_payment_says_nothing_was_taken(client, give):
    _, response = give(outcome=PaymentStatus.REJECTED)
    assert response["Location"].endswith("?outcome=not-completed")


def signed_event(payload, secret="whsec_test", age=0):
    stamp = int(time.time()) - age
    body = json.dumps(payload)
    signature = hmac.new(secret.encode(), f"{stamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return body, f"t={stamp},v1={signature}"


def checkout_completed(token, amount_total=2000, currency="gbp"):
    return {
        "id": "evt_1",
        "object": "event",
        "type": "checkout.session.completed",
        "data": {
            "object": {
                "id": "cs_test_1",
                "object": "checkout.session",
                "client_reference_id": token,
                "status": "complete",
                "payment_status": "paid",
                "amount_total": amount_total,
                "currency": currency,
            }
        },
    }


def test_stripes_signed_webhook_confirms_once(
    client, donate_page, stripe_variant, django_capture_on_commit_callbacks
):
    donation = Donation.objects.create(
        page=donate_page,
        variant="default",
        total=Decimal("20"),
        currency="GBP",
        billing_email="ana@example.com",
    )
    body, signature = signed_event(checkout_completed(donation.token))
    for _ in range(2):  # Stripe retries: the second delivery changes nothing
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/payments/process/default/",
                body,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=signature,
            )
        assert response.status_code == 200
    donation.refresh_from_db()
    assert donation.status == PaymentStatus.CONFIRMED
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("event", "secret", "age", "status"),
    [
        ({}, "whsec_wrong", 0, 400),  # forged: not signed with our endpoint's secret
        ({}, "whsec_test", 3600, 400),  # replayed an hour later: past Stripe's tolerance
        ({"amount_total": 100}, "whsec_test", 0, 400),  # paid £1 for a £20 donation
        ({"currency": "usd"}, "whsec_test", 0, 400),
        ({"token": "00000000-0000-4000-8000-000000000000"}, "whsec_test", 0, 404),
    ],
    ids=["forged", "stale", "amount", "currency", "unknown payment"],
)
def test_a_webhook_that_does_not_match_is_refused_and_recorded_nowhere(
    client, donate_page, stripe_variant, event, secret, age, status
):
    donation = Donation.objects.create(
        page=donate_page, variant="default", total=Decimal("20"), currency="GBP"
    )
    token = event.pop("token", donation.token)
    body, signature = signed_event(checkout_completed(token, **event), secret=secret, age=age)
    response = client.post(
        "/payments/process/default/",
        body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature,
    )
    assert response.status_code == status
    donation.refresh_from_db()
    assert donation.status == PaymentStatus.WAITING and "session" not in donation.extra_data
    assert Donation.objects.count() == 1 and not mail.outbox


def test_the_dummy_providers_callbacks_refuse_what_they_cannot_use(client, give):
    pay_url, _ = give(outcome="waiting")
    token = pay_url.rstrip("/").rsplit("/", 1)[-1]
    assert client.post("/payments/process/default/", {"x": "1"}).status_code == 400
    nonsense = client.get(f"/payments/process/{token}/?verification_result=nonsense")
    assert nonsense.status_code == 400


def test_the_owner_can_only_take_a_name_off_the_supporters_list(client, owner, give):
    give(show_name="on", donor_name="Priya S.")
    donation = Donation.objects.get()
    client.force_login(owner)
    form = client.get(f"/admin/donations/donation/edit/{donation.pk}/").content.decode()
    assert 'name="show_name"' in form and 'name="total"' not in form
    client.post(f"/admin/donations/donation/edit/{donation.pk}/", {})
    donation.refresh_from_db()
    assert not donation.show_name and donation.total == Decimal("12.50")


def test_the_export_never_hands_a_spreadsheet_a_formula(client, owner, give):
    give(donor_name='=HYPERLINK("http://evil.example")')
    client.force_login(owner)
    export = client.get("/admin/donations/donation/?export=csv")
    text = b"".join(export.streaming_content).decode()
    assert "'=HYPERLINK" in text
    assert Donation.objects.get().token not in text


def test_the_spreadsheet_export_keeps_the_name_as_typed_and_as_text(client, owner, give):
    """XLSX cells are written as text, so no apostrophe is needed (or shown) there."""
    from io import BytesIO

    from openpyxl import load_workbook

    give(donor_name='=HYPERLINK("http://evil.example")')
    client.force_login(owner)
    export = client.get("/admin/donations/donation/?export=xlsx")
    sheet = load_workbook(BytesIO(b"".join(export.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    (name,) = [cell for cell in cells if "HYPERLINK" in str(cell.value)]
    assert name.value == '=HYPERLINK("http://evil.example")' and name.data_type == "s"


def test_with_stripe_the_pay_step_redirects_to_checkout(
    client, donate_page, stripe_variant, monkeypatch
):
    sent = {}

    def create_session(**data):  # Stripe's API is the one part patched: the network edge
        sent.update(data)
        return stripe.checkout.Session.construct_from(
            {"id": "cs_test_1", "url": "https://checkout.stripe.com/c/pay/cs_test_1"}, "sk_test_x"
        )

    monkeypatch.setattr(stripe.checkout.Session, "create", create_session)
    response = client.post("/donate/", {"amount": "10", "donor_email": "ana@example.com"})
    response = client.get(response["Location"])
    assert response["Location"] == "https://checkout.stripe.com/c/pay/cs_test_1"
    donation = Donation.objects.get()
    assert sent["client_reference_id"] == donation.token
    assert sent["success_url"] == f"http://127.0.0.1:8000/donate/thank-you/{donation.token}/"
    assert sent["cancel_url"].endswith("?outcome=not-completed")
    assert sent["customer_email"] == "ana@example.com"
    assert donation.transaction_id == "cs_test_1"


def test_a_thank_you_that_failed_to_send_goes_out_with_the_next_confirmation(
    give, monkeypatch, django_capture_on_commit_callbacks
):
    import donations.tasks

    real_send = donations.tasks.send_email

    def mail_server_down(*args, **kwargs):
        raise ConnectionRefusedError("SMTP is down")

    monkeypatch.setattr(donations.tasks, "send_email", mail_server_down)
    give()
    donation = Donation.objects.get()
    assert mail.outbox == [] and not donation.thanked

    monkeypatch.setattr(donations.tasks, "send_email", real_send)
    with django_capture_on_commit_callbacks(execute=True):
        donation.change_status(PaymentStatus.CONFIRMED)  # the provider confirms again
    assert len(mail.outbox) == 1


def test_a_gift_from_a_cached_page_without_javascript(donate_page):
    """The cached page's form has no CSRF token: it comes back once to be checked and sent."""
    import re

    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    assert not browser.get("/donate/").cookies
    data = {"amount": "other", "other_amount": "12.50", "donor_name": "Ana"}
    first = browser.post("/donate/", data)
    assert first.status_code == 200 and not Donation.objects.exists()
    html = first.content.decode()
    assert "Please check your gift below" in html and 'value="12.50"' in html
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = browser.post("/donate/", {**data, "csrfmiddlewaretoken": csrf})
    assert response.status_code == 302 and Donation.objects.get().total == Decimal("12.50")

"""The owner's donation screens speak plainly: "Paid", "£17.50", a supporter only once paid."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from payments import PaymentStatus

from core.money import money
from donations.models import Donation

pytestmark = pytest.mark.django_db

LIST = "/admin/donations/donation/"


def donation(page, status, *, total="17.50", age=timedelta(0), **fields):
    made = Donation.objects.create(
        page=page,
        variant="default",
        status=status,
        currency="GBP",
        total=Decimal(total),
        donor_name=fields.pop("donor_name", "Ana"),
        **fields,
    )
    Donation.objects.filter(pk=made.pk).update(created=timezone.now() - age)
    made.refresh_from_db()
    return made


def row(html, pk):
    """The listing's cells for one donation, as (class, text) pairs."""
    tr = re.search(rf'<tr[^>]*data-object-pk="{pk}">(.*?)</tr>', html, re.S)[1]
    cells = re.findall(r'<td class="([^"]*)">(.*?)</td>', tr, re.S)
    return {cls.split()[0]: (cls, re.sub(r"<[^>]+>|\s+", " ", text).strip()) for cls, text in cells}


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("17.5", "GBP", "£17.50"),
        ("5", "EUR", "€5.00"),
        ("1250", "usd", "$1,250.00"),
        ("20", "CHF", "20.00 CHF"),
    ],
)
def test_amounts_read_as_money(amount, currency, shown):
    assert money(Decimal(amount), currency) == shown


@pytest.mark.parametrize(
    ("status", "age", "label"),
    [
        (PaymentStatus.CONFIRMED, timedelta(0), "Paid"),
        (PaymentStatus.REFUNDED, timedelta(0), "Refunded"),
        (PaymentStatus.REJECTED, timedelta(0), "Declined"),
        (PaymentStatus.ERROR, timedelta(0), "Failed"),
        (PaymentStatus.WAITING, timedelta(minutes=5), "Not completed"),
        (PaymentStatus.INPUT, timedelta(hours=2), "Not completed (at the payment step)"),
        (PaymentStatus.INPUT, timedelta(days=2), "Abandoned"),
        (PaymentStatus.WAITING, timedelta(days=2), "Abandoned"),
        (PaymentStatus.CONFIRMED, timedelta(days=30), "Paid"),
    ],
)
def test_statuses_in_the_owners_words(client, owner, donate_page, status, age, label):
    made = donation(donate_page, status, age=age)
    client.force_login(owner)
    cells = row(client.get(LIST).content.decode(), made.pk)
    assert cells["field-status_label"][1] == label
    assert cells["field-amount"][1] == "£17.50"
    inspect = client.get(f"{LIST}inspect/{made.pk}/").content.decode()
    assert f"<dd>{label}</dd>" in inspect and "<dd>£17.50</dd>" in inspect
    assert "GBP" not in inspect


def test_an_unfinished_gift_lists_nobody(client, owner, donate_page):
    abandoned = donation(donate_page, PaymentStatus.INPUT, show_name=True, age=timedelta(days=3))
    paid = donation(donate_page, PaymentStatus.CONFIRMED, show_name=True)
    private = donation(donate_page, PaymentStatus.CONFIRMED, show_name=False)
    client.force_login(owner)
    html = client.get(LIST).content.decode()
    assert row(html, abandoned.pk)["field-supporter"][1] == "-"  # the listing's blank
    assert row(html, paid.pk)["field-supporter"][1] == "Yes"
    assert row(html, private.pk)["field-supporter"][1] == "No"
    inspect = client.get(f"{LIST}inspect/{abandoned.pk}/").content.decode()
    assert "<dd>Not paid, so not listed</dd>" in inspect and "<dd>True</dd>" not in inspect
    assert list(donate_page.supporters()) == ["Ana"]  # the paid one alone, as the list says


def test_status_and_amount_never_break_mid_word(client, owner, donate_page):
    made = donation(donate_page, PaymentStatus.CONFIRMED)
    client.force_login(owner)
    cells = row(client.get(LIST).content.decode(), made.pk)
    for column in ("field-status_label", "field-amount"):
        assert "w-whitespace-nowrap" in cells[column][0].split()


def test_the_filter_and_sorting_use_the_same_words(client, owner, donate_page):
    big = donation(donate_page, PaymentStatus.CONFIRMED, total="30")
    small = donation(donate_page, PaymentStatus.REJECTED, total="5", donor_name="Bo")
    client.force_login(owner)
    html = client.get(LIST).content.decode()
    assert ">Paid<" in html and ">Declined<" in html and ">Input<" not in html
    paid = client.get(f"{LIST}?status__exact=confirmed").content.decode()
    assert "£30.00" in paid and "£5.00" not in paid
    for order, first in (("2", small), ("-2", big)):  # the amount column, both ways
        listed = client.get(f"{LIST}?o={order}").content.decode()
        assert listed.index(f'data-object-pk="{first.pk}"') == min(
            listed.index(f'data-object-pk="{made.pk}"') for made in (small, big)
        )


def test_the_export_keeps_plain_numbers_for_spreadsheets(client, owner, donate_page):
    donation(donate_page, PaymentStatus.CONFIRMED)
    client.force_login(owner)
    export = client.get(f"{LIST}?export=csv")
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert "17.50" in rows[1] and "GBP" in rows[1] and "£" not in rows[1]

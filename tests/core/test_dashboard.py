"""The owner's dashboard panel: every app's figures on the admin home, counted right, in a
handful of queries however many rows there are, and shown to the owner alone."""

import html as html_lib
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection, reset_queries
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from mailer.models import PRIORITY_DEFERRED, PRIORITY_MEDIUM, Message
from payments import PaymentStatus

from comments.factories import CommentFactory
from comments.models import Comment
from core.dashboard import owner_figures
from donations.models import Donation
from enrolment.factories import EnrolmentFactory, OfferFactory
from enrolment.models import Enrolment, Offer
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

HEADING = "Your practice at a glance"


def local_month_start(moment):
    """Worked out here on its own, not with the code under test."""
    return timezone.localtime(moment).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


@pytest.fixture
def months():
    """The first moments of this month, last month and the month before."""
    this = local_month_start(timezone.now())
    last = local_month_start(this - timedelta(days=1))
    return this, last, local_month_start(last - timedelta(days=1))


def aged(instance, field, when):
    """Set a timestamp that the model fills in itself (auto_now_add)."""
    type(instance).objects.filter(pk=instance.pk).update(**{field: when})


def enrolment(status=Enrolment.Status.NEW, days=0):
    made = EnrolmentFactory(status=status)
    aged(made, "created", timezone.now() - timedelta(days=days))
    return made


def donation(status, total, created):
    made = Donation.objects.create(
        variant="default", status=status, currency="GBP", total=Decimal(total)
    )
    aged(made, "created", created)
    return made


def subscriber(status, confirmed_days=None, unsubscribed_days=None):
    now = timezone.now()
    return Subscriber.objects.create(
        email=f"s{Subscriber.objects.count()}-{status}@example.com",
        status=status,
        confirmed_at=None if confirmed_days is None else now - timedelta(days=confirmed_days),
        unsubscribed_at=None
        if unsubscribed_days is None
        else now - timedelta(days=unsubscribed_days),
    )


def outbox(waiting, failed):
    Message.objects.bulk_create(
        [Message(priority=PRIORITY_MEDIUM) for _ in range(waiting)]
        + [Message(priority=PRIORITY_DEFERRED) for _ in range(failed)]
    )


def text(fragment):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def figures(page):
    """{label: (value, detail, link text, link href)} read from the panel's table."""
    rows = re.findall(
        r'<th scope="row" class="title">(.*?)</th>\s*'
        r'<td class="owner-dashboard__value[^"]*">(.*?)</td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>',
        page,
        re.S,
    )
    found = {}
    for label, value, detail, link in rows:
        href = re.search(r'href="([^"]*)"', link)
        found[text(label)] = (
            text(value),
            text(detail),
            text(link),
            html_lib.unescape(href[1]) if href else "",
        )
    return found


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def busy_practice(home_page, months):
    """A practice with something of everything, in and out of each figure's window."""
    this_month, _, month_before = months
    # Enrolments: four this week (two still New), two older (one still New).
    for status in ["new", "new", "contacted", "contacted"]:
        enrolment(status)
    enrolment("new", days=10)
    enrolment("declined", days=10)
    offer = OfferFactory(title="Spring places", places=14)
    Offer.objects.filter(pk=offer.pk).update(places_taken=5)
    OfferFactory(title="Switched off", places=3, active=False)
    # Donations: paid and unpaid, this month, last month and the month before.
    soon_after = this_month + timedelta(minutes=1)
    donation(PaymentStatus.CONFIRMED, "10.00", soon_after)
    donation(PaymentStatus.CONFIRMED, "7.50", soon_after)
    donation(PaymentStatus.WAITING, "100.00", soon_after)
    donation(PaymentStatus.REFUNDED, "50.00", soon_after)
    donation(PaymentStatus.CONFIRMED, "20.00", this_month - timedelta(hours=1))
    donation(PaymentStatus.REJECTED, "30.00", this_month - timedelta(hours=1))
    donation(PaymentStatus.CONFIRMED, "99.00", month_before + timedelta(hours=1))
    # Subscribers: three joined lately, two long ago; one left lately, one long ago.
    for _ in range(3):
        subscriber("subscribed", confirmed_days=5)
    for _ in range(2):
        subscriber("subscribed", confirmed_days=60)
    subscriber("unsubscribed", confirmed_days=90, unsubscribed_days=3)
    subscriber("unsubscribed", confirmed_days=90, unsubscribed_days=50)
    subscriber("pending")
    # Comments: three waiting (one needs care); approved and spam ones do not count.
    CommentFactory(page=home_page, status=Comment.Status.PENDING, needs_care=True)
    CommentFactory.create_batch(2, page=home_page, status=Comment.Status.PENDING)
    CommentFactory(page=home_page, status=Comment.Status.APPROVED, needs_care=True)
    CommentFactory(page=home_page, status=Comment.Status.APPROVED)
    CommentFactory(page=home_page, status=Comment.Status.SPAM)
    # Mail: two waiting, one failed.
    outbox(waiting=2, failed=1)


def test_the_owner_sees_every_figure_counted_right(client, owner, busy_practice, months):
    this_month, last_month, _ = months
    page = dashboard(client, owner)
    assert HEADING in page
    shown = figures(page)

    value, detail, link, href = shown["New enrolments in the last 7 days"]
    assert value == "4"
    assert "3 enrolments are still marked New" in detail
    assert (link, href) == (
        "Enrolments still marked New",
        "/admin/portal/enrolment/?status__exact=new",
    )

    value, detail, link, href = shown["Places left on the offer"]
    assert value == "9 of 14"
    assert "“Spring places”" in detail and "Needs attention" not in detail
    assert (link, href) == ("Offers", "/admin/portal/offer/")

    value, detail, link, href = shown[f"Donations paid in {this_month:%B}"]
    assert value == "£17.50"
    assert detail == f"2 gifts so far. In {last_month:%B}: £20.00 from 1 gift."
    assert href == "/admin/donations/donation/?status__exact=confirmed"

    value, detail, link, href = shown["Newsletter subscribers"]
    assert value == "5"
    assert detail == "In the last 30 days, 3 people confirmed and 1 unsubscribed."
    assert (link, href) == ("Subscribers", "/admin/newsletter/subscriber/")

    value, detail, link, href = shown["Comments awaiting moderation"]
    assert value == "3"
    assert detail.startswith("Needs attention")
    assert "1 comment mentions self-harm or suicide" in detail
    assert href == "/admin/comments/comment/?status__exact=pending&needs_care__exact=1"

    value, detail, _, href = shown["Emails waiting to be sent"]
    assert value == "2" and "Needs attention" not in detail
    assert href == "/admin/outbox/"
    value, detail, _, href = shown["Emails that failed"]
    assert value == "1" and detail.startswith("Needs attention")

    # Said in words above the table, not only by the status tags' colour.
    assert "2 things need your attention" in text(page)
    # Each figure's link leads somewhere the owner may go.
    for _, _, _, href in shown.values():
        assert client.get(href).status_code == 200, href


def test_a_quiet_practice_reads_calmly(client, owner, months):
    this_month = months[0]
    shown = figures(dashboard(client, owner))
    assert shown["New enrolments in the last 7 days"][:2] == (
        "0",
        "Everyone who enrolled has heard from you.",
    )
    assert shown["Places left on the offer"][0] == "No offer open"
    assert shown[f"Donations paid in {this_month:%B}"][0] == "£0.00"
    assert shown["Comments awaiting moderation"][:2] == ("0", "All caught up.")
    assert shown["Emails that failed"][0] == "0"
    assert not any("Needs attention" in detail for _, detail, _, _ in shown.values())


def test_a_full_offer_asks_for_attention(client, owner):
    offer = OfferFactory(title="Last few", places=4)
    Offer.objects.filter(pk=offer.pk).update(places_taken=4)
    value, detail, _, _ = figures(dashboard(client, owner))["Places left on the offer"]
    assert value == "0 of 4"
    assert detail.startswith("Needs attention") and "every place is taken" in detail


def test_editors_do_not_see_the_panel(client, editor, busy_practice):
    page = dashboard(client, editor)
    assert HEADING not in page
    assert "Donations paid in" not in page and "£17.50" not in page


def make(count, home_page, this_month):
    """`count` of every row a figure counts, old and new, in and out of each window."""
    for n in range(count):
        enrolment("new" if n % 2 else "contacted", days=n % 12)
        donation(PaymentStatus.CONFIRMED, "5.00", this_month + timedelta(minutes=n))
        donation(PaymentStatus.CONFIRMED, "5.00", this_month - timedelta(hours=n + 1))
        subscriber("subscribed", confirmed_days=n * 3)
        subscriber("unsubscribed", confirmed_days=90, unsubscribed_days=n * 3)
        CommentFactory(page=home_page, status=Comment.Status.PENDING, needs_care=n % 2 == 0)
        OfferFactory(title=f"Offer {n}", places=20, opens_at=timezone.now() - timedelta(hours=n))
    outbox(waiting=count, failed=count)


def counting():
    """Django's query log keeps the last 9,000 only: start it empty, so counts are true."""
    reset_queries()
    return CaptureQueriesContext(connection)


def queries_for_home(client):
    client.get("/admin/")  # the first view warms what any page caches
    with counting() as queries:
        response = client.get("/admin/")
    assert response.status_code == 200 and HEADING in response.content.decode()
    return len(queries)


def test_the_figures_take_a_handful_of_queries_however_many_rows(client, owner, home_page, months):
    request = RequestFactory().get("/admin/")
    request.user = owner
    client.force_login(owner)

    make(2, home_page, months[0])
    with counting() as few:
        assert len(owner_figures(request)) == 7
    home_few = queries_for_home(client)

    make(18, home_page, months[0])
    with counting() as many:
        shown = owner_figures(request)
    home_many = queries_for_home(client)

    assert len(few) == len(many) <= 6
    assert home_many == home_few
    # The rows really were there to count.
    assert {figure.label: figure.value for figure in shown}["Emails that failed"] == 20

"""The newsletter in the admin: the owner's subscriber list, export, consent and progress."""

import csv
import io

import pytest
from django.core import mail

from articles.factories import ArticlePageFactory
from newsletter import mailings, tasks
from newsletter.models import Consent, Mailing, PushSubscription, Subscriber

pytestmark = pytest.mark.django_db

SUBSCRIBERS = "/admin/newsletter/subscriber/"
MAILINGS = "/admin/newsletter/mailing/"


@pytest.fixture
def people(db):
    ada = Subscriber.objects.create(
        email="ada@example.com", first_name="Ada", status=Subscriber.Status.SUBSCRIBED
    )
    Consent.objects.create(
        subscriber=ada,
        wording="Yes, email me when Tranquil publishes a new article.",
        method="Sign-up form in the page footer, on /",
    )
    Subscriber.objects.create(email="bo@example.com", first_name="=HYPERLINK(1)")
    Subscriber.objects.create(email="cy@example.com", status=Subscriber.Status.UNSUBSCRIBED)
    return ada


def test_the_list_counts_filters_and_searches(client, owner, people):
    client.force_login(owner)
    page = client.get(SUBSCRIBERS)
    assert page.status_code == 200
    text = page.text
    assert "Subscribed: <strong>1</strong>" in text
    assert "Waiting for confirmation: <strong>1</strong>" in text
    assert "Unsubscribed: <strong>1</strong>" in text
    assert "Browsers with notifications on: <strong>0</strong>" in text

    subscribed = client.get(SUBSCRIBERS, {"status__exact": "subscribed"}).text
    assert "ada@example.com" in subscribed and "bo@example.com" not in subscribed
    found = client.get(SUBSCRIBERS, {"q": "cy@"}).text
    assert "cy@example.com" in found and "ada@example.com" not in found
    assert client.get(SUBSCRIBERS, {"status__exact": "nonsense"}).status_code == 200


def test_the_csv_export_is_spreadsheet_safe(client, owner, people):
    client.force_login(owner)
    export = client.get(SUBSCRIBERS, {"export": "csv", "status__exact": "subscribed"})
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert rows[0][:3] == ["Email", "First Name", "Status"]
    assert [row[0] for row in rows[1:]] == ["ada@example.com"]
    everyone = b"".join(client.get(SUBSCRIBERS, {"export": "csv"}).streaming_content).decode()
    assert "'=HYPERLINK(1)" in everyone


def test_inspect_shows_the_consent_record(client, owner, people):
    client.force_login(owner)
    page = client.get(f"{SUBSCRIBERS}inspect/{people.pk}/")
    assert page.status_code == 200
    assert "Yes, email me when Tranquil publishes a new article." in page.text
    assert "Sign-up form in the page footer, on /" in page.text


def test_subscribers_cannot_be_added_or_edited_only_removed(client, owner, people):
    client.force_login(owner)
    for url in [f"{SUBSCRIBERS}create/", f"{SUBSCRIBERS}edit/{people.pk}/"]:
        assert client.get(url).status_code == 302  # refused, back to the dashboard
    assert Subscriber.objects.get(pk=people.pk).email == "ada@example.com"
    client.post(f"{SUBSCRIBERS}delete/{people.pk}/")
    assert not Subscriber.objects.filter(pk=people.pk).exists()
    assert not Consent.objects.exists()


def test_editors_do_not_see_the_list(client, editor, people):
    client.force_login(editor)
    for url in [SUBSCRIBERS, f"{SUBSCRIBERS}?export=csv", MAILINGS]:
        assert client.get(url).status_code == 302  # away to the dashboard, with a message
    assert "ada@example.com" not in client.get("/admin/", follow=True).text


def test_mailings_show_their_progress(client, owner, article_index, people):
    article = ArticlePageFactory(parent=article_index, title="Rest is a skill")
    mailing, _ = mailings.start_mailing(article, owner)
    tasks.plan_mailing.call(mailing.pk)
    client.force_login(owner)
    page = client.get(MAILINGS).text
    assert "Rest is a skill" in page
    assert "1 of 1 sent, 0 failed, 0 waiting" in page


def test_browsers_are_listed_by_service_only(client, owner):
    PushSubscription.objects.create(
        endpoint="https://fcm.googleapis.com/fcm/send/secret-part", p256dh="k", auth="a"
    )
    client.force_login(owner)
    page = client.get("/admin/newsletter/pushsubscription/").text
    assert "fcm.googleapis.com" in page
    assert "secret-part" not in page


@pytest.fixture
def readers(db):
    return [
        Subscriber.objects.create(email=f"r{n}@example.com", status=Subscriber.Status.SUBSCRIBED)
        for n in range(2)
    ]


def send_url(page):
    return f"/admin/newsletter/send/{page.pk}/"


def test_an_editor_can_send_a_published_article_once(
    client, editor, article, readers, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{article.pk}/edit/").text
    assert "Email to subscribers" in edit and send_url(article) in edit

    confirm = client.get(send_url(article))
    assert "Send to 2 subscribers" in confirm.text
    assert not mail.outbox

    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(send_url(article), follow=True)
    assert "is on its way to the subscribers" in sent.text
    assert sorted(m.to[0] for m in mail.outbox) == ["r0@example.com", "r1@example.com"]
    progress = client.get(send_url(article)).text  # once the background work has run
    assert "<td>2</td><td>2</td><td>0</td><td>0</td>" in progress

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(send_url(article), follow=True)
    assert "was already sent; no one gets it twice" in again.text
    assert len(mail.outbox) == 2


def test_only_live_public_articles_can_be_sent(client, owner, article_index, about_page):
    client.force_login(owner)
    draft = ArticlePageFactory(parent=article_index, live=False)
    for page in [draft, about_page, article_index]:
        assert client.get(send_url(page)).status_code == 404
    assert client.get("/admin/newsletter/send/99999/").status_code == 404


def test_someone_who_cannot_publish_cannot_send(client, user, article, readers):
    client.force_login(user)
    assert client.post(send_url(article)).status_code in (302, 403)
    assert not Mailing.objects.exists()

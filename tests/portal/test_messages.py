"""Messages between a client and their coach: only the two of them, sealed at rest, notices
that say nothing, unread counts, the care keywords, nothing typed lost."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.factories import PASSWORD
from portal import crypto
from portal.factories import ClientFactory, CoachFactory
from portal.models import AccessEvent, Message

pytestmark = pytest.mark.django_db

CANARY = "Canary-51ab: between you and me"
CLIENT_URL = "/portal/messages/"


def coach_url(client_profile):
    return f"/portal/coach/clients/{client_profile.pk}/messages/"


def say(client_profile, body=CANARY, *, from_client=True, **fields):
    coach = client_profile.coach
    author = client_profile.user if from_client else coach.user
    return Message.objects.create(
        client=client_profile,
        coach=coach,
        author=author,
        from_client=from_client,
        body=body,
        **fields,
    )


def raw(column, pk):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {column} FROM portal_message WHERE id = %s",  # noqa: S608
            [pk.hex if connection.vendor == "sqlite" else pk],
        )
        return cursor.fetchone()[0]


def write_raw(column, pk, value):
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE portal_message SET {column} = %s WHERE id = %s",  # noqa: S608
            [value, pk.hex if connection.vendor == "sqlite" else pk],
        )


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """Post as the signed-in person, running what waits for the commit (the notices)."""

    def send(url, data, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **kwargs)

    return send


# The conversation, from both sides


def test_a_client_writes_and_their_coach_is_told_only_that_a_message_waits(
    client, post, client_profile, coach
):
    client.force_login(client_profile.user)
    page = client.get(CLIENT_URL).content.decode()
    assert "Cara usually replies within 2 working days." in page
    assert "No messages yet." in page
    response = post(CLIENT_URL, {"body": CANARY})
    assert response.status_code == 302 and response["Location"] == CLIENT_URL
    message = Message.objects.get()
    assert (message.client, message.coach, message.from_client) == (client_profile, coach, True)
    page = client.get(CLIENT_URL).content.decode()
    assert CANARY in page and "Your message is sent." in page

    [email] = mail.outbox
    assert email.to == [coach.user.email]
    assert email.subject == "A new message is waiting in your Tranquil portal"
    text = email.body + email.alternatives[0][0]
    assert CANARY not in text and "Sam" not in text and "Rivers" not in text
    assert coach_url(client_profile) in email.body


def test_the_coach_answers_and_the_client_sees_it_unread_then_read(
    client, post, sign_in_with_code, client_profile, coach
):
    say(client_profile, "How do I start?")
    sign_in_with_code(client, coach.user)
    page = client.get("/portal/coach/").content.decode()
    assert "1 unread" in page and "1 unanswered message" in page
    page = client.get(coach_url(client_profile)).content.decode()
    assert "How do I start?" in page
    assert Message.objects.get().read_at is not None
    assert "1 unread" not in client.get("/portal/coach/").content.decode()
    mail.outbox.clear()
    response = post(coach_url(client_profile), {"body": "Start small: one page."})
    assert response.status_code == 302
    assert "1 unanswered message" not in client.get("/portal/coach/").content.decode()
    [email] = mail.outbox
    assert email.to == [client_profile.user.email]
    assert "Start small" not in email.body and "/portal/messages/" in email.body

    client.force_login(client_profile.user)
    assert "1 new message" in client.get("/portal/").content.decode()
    page = client.get(CLIENT_URL).content.decode()
    assert "Start small: one page." in page and '<span class="badge">New</span>' in page
    assert "new message" not in client.get("/portal/").content.decode()
    assert '<span class="badge">New</span>' not in client.get(CLIENT_URL).content.decode()


def test_each_look_by_the_coach_is_in_the_clients_access_log(
    client, sign_in_with_code, client_profile, coach
):
    sign_in_with_code(client, coach.user)
    client.get(coach_url(client_profile))
    assert AccessEvent.objects.get().what == "your messages"
    client.force_login(client_profile.user)
    assert "viewed your messages" in client.get("/portal/seen-by/").content.decode()


def test_several_messages_within_minutes_share_one_notice(client, post, client_profile, coach):
    client.force_login(client_profile.user)
    for n in range(3):
        post(CLIENT_URL, {"body": f"Thought {n}"})
    assert len(mail.outbox) == 1
    assert "A new message is" in mail.outbox[0].body
    # Later, with all three still unread, a fourth brings one notice for everything waiting.
    Message.objects.update(noticed_at=timezone.now() - timedelta(minutes=20))
    post(CLIENT_URL, {"body": "Thought 4"})
    assert len(mail.outbox) == 2
    assert "4 new messages are waiting" in mail.outbox[1].body


def test_a_message_read_before_the_next_one_gets_a_notice_of_its_own(client, post, client_profile):
    client.force_login(client_profile.user)
    post(CLIENT_URL, {"body": "First"})
    Message.objects.update(read_at=timezone.now())
    post(CLIENT_URL, {"body": "Second"})
    assert len(mail.outbox) == 2 and "A new message is" in mail.outbox[1].body


def test_the_coachs_reply_time_is_theirs(client, client_profile, coach):
    coach.reply_days = 1
    coach.save()
    client.force_login(client_profile.user)
    assert "Cara usually replies within 1 working day." in client.get(CLIENT_URL).content.decode()


def test_older_messages_are_a_page_back(client, client_profile):
    Message.objects.bulk_create(
        Message(
            client=client_profile,
            coach=client_profile.coach,
            author=client_profile.user,
            body=f"Number {n:02}",
        )
        for n in range(35)
    )
    client.force_login(client_profile.user)
    page = client.get(CLIENT_URL).content.decode()
    assert "Number 34" in page and "Number 04" not in page and "Older messages" in page
    older = client.get(CLIENT_URL + "?page=1").content.decode()
    assert "Number 04" in older and "Newer messages" in older
    assert client.get(CLIENT_URL + "?page=nonsense").status_code == 200


# Care keywords


def test_a_message_mentioning_a_care_keyword_shows_help_at_once_and_flags_the_coach(
    client, post, sign_in_with_code, client_profile, coach
):
    client.force_login(client_profile.user)
    response = post(CLIENT_URL, {"body": "Some nights I want to die."}, follow=True)
    page = response.content.decode()
    assert "You don't have to wait for a reply" in page and "116 123" in page
    assert page.count('id="crisis"') == 1
    assert Message.objects.get().needs_care
    assert "You don't have to wait" not in client.get(CLIENT_URL).content.decode()
    [notice] = mail.outbox
    assert "it may need your attention today" in notice.body and "die" not in notice.body
    # Even straight after another notice, the coach hears of such a message at once.
    post(CLIENT_URL, {"body": "Sorry, and I keep thinking about suicide."})
    assert len(mail.outbox) == 2 and "attention today" in mail.outbox[1].body

    other = ClientFactory(coach=coach, user__first_name="Ada")
    say(other, "A plain question", from_client=True)
    sign_in_with_code(client, coach.user)
    page = client.get("/portal/coach/").content.decode()
    assert "A message mentions a care keyword." in page
    assert page.index("Sam Rivers") < page.index(other.user.get_full_name())
    conversation = client.get(coach_url(client_profile)).content.decode()
    assert "mentions one of the practice’s care keywords" in conversation
    post(coach_url(client_profile), {"body": "I'm here. Let's talk today."})
    assert "A message mentions a care keyword." not in client.get("/portal/coach/").content.decode()


def test_the_crisis_text_sits_beside_the_compose_box_once(client, client_profile):
    client.force_login(client_profile.user)
    page = client.get(CLIENT_URL).content.decode()
    assert page.count('id="crisis"') == 1
    assert page.index('name="body"') < page.index('id="crisis"')


# Bad input, and nothing lost


@pytest.mark.parametrize("body", ["", "   ", "x" * 10_001])
def test_an_empty_or_overlong_message_is_refused_and_kept(client, client_profile, body):
    client.force_login(client_profile.user)
    response = client.post(CLIENT_URL, {"body": body})
    assert response.status_code == 200
    assert "Please check the fields marked below" in response.content.decode()
    assert not Message.objects.exists()


def test_without_a_coach_there_is_nobody_to_write_to(client):
    alone = ClientFactory(coach=None)
    client.force_login(alone.user)
    page = client.get(CLIENT_URL).content.decode()
    assert "once the practice has paired you with one" in page and 'name="body"' not in page
    client.post(CLIENT_URL, {"body": "Hello?"})
    assert not Message.objects.exists()


def test_a_message_written_as_the_session_ran_out_is_waiting_after_signing_in(
    client, client_profile
):
    client.post("/accounts/login/", {"login": client_profile.user.email, "password": PASSWORD})
    session = client.session
    session["portal_last_seen"] = timezone.now().timestamp() - 45 * 60
    session.save()
    response = client.post(CLIENT_URL, {"body": "Words I wrote slowly"})
    assert response["Location"] == f"/accounts/login/?next={CLIENT_URL}"
    assert not Message.objects.exists()
    client.post("/accounts/login/", {"login": client_profile.user.email, "password": PASSWORD})
    assert "Words I wrote slowly" in client.get(CLIENT_URL).content.decode()


# Who sees what


@pytest.fixture
def people(client_profile, coach, editor, owner):
    other_client = ClientFactory(coach=CoachFactory())
    return {
        "other client": other_client.user,
        "own coach": coach.user,
        "other coach": other_client.coach.user,
        "editor": editor,
        "owner": owner,
    }


def test_another_client_sees_only_their_own_conversation(client, client_profile, people):
    say(client_profile)
    say(client_profile, f"{CANARY} reply", from_client=False)
    client.force_login(people["other client"])
    response = client.get(CLIENT_URL)
    assert response.status_code == 200 and CANARY not in response.content.decode()
    client.post(CLIENT_URL, {"body": "Mine"})
    assert Message.objects.filter(client=client_profile).count() == 2


@pytest.mark.parametrize("who", ["other client", "other coach", "editor", "owner"])
def test_nobody_but_the_two_opens_the_coachs_side(
    client, sign_in_with_code, client_profile, people, who
):
    say(client_profile)
    sign_in_with_code(client, people[who])
    assert client.get(coach_url(client_profile)).status_code == 404
    assert client.post(coach_url(client_profile), {"body": "Sneaky"}).status_code == 404
    assert Message.objects.count() == 1
    assert not AccessEvent.objects.exists()


@pytest.mark.parametrize("who", ["own coach", "other coach", "editor", "owner"])
def test_people_without_a_client_profile_get_no_client_conversation(
    client, client_profile, people, who
):
    say(client_profile)
    client.force_login(people[who])
    assert client.get(CLIENT_URL).status_code == 404
    assert client.post(CLIENT_URL, {"body": "Sneaky"}).status_code == 404


def test_the_client_cannot_open_the_coachs_side(client, client_profile):
    client.force_login(client_profile.user)
    assert client.get(coach_url(client_profile)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, client_profile):
    for url in (CLIENT_URL, coach_url(client_profile)):
        for response in (client.get(url), client.post(url, {"body": "Hi"})):
            assert response.status_code == 302
            assert response["Location"].startswith("/accounts/login/?next=/portal/")
    assert not Message.objects.exists()


def test_a_new_coach_starts_a_new_conversation(client, sign_in_with_code, client_profile):
    say(client_profile)
    new_coach = CoachFactory()
    client_profile.coach = new_coach
    client_profile.save()
    sign_in_with_code(client, new_coach.user)
    assert CANARY not in client.get(coach_url(client_profile)).content.decode()
    client.force_login(client_profile.user)
    assert CANARY not in client.get(CLIENT_URL).content.decode()
    assert CANARY in client.get("/portal/my-data.json").content.decode()


def test_the_admin_shows_no_message(client, client_profile, owner):
    say(client_profile)
    client.force_login(owner)
    for url in (
        "/admin/",
        "/admin/portal/clientprofile/",
        f"/admin/users/{client_profile.user.pk}/",
    ):
        assert CANARY not in client.get(url).content.decode(), url


# At rest, in the export, after erasure


def test_no_table_holds_a_message_in_clear(client_profile):
    message = say(client_profile)
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                assert not any("Canary-51ab" in str(value) for value in row), table
    assert raw("body", message.pk).startswith("enc1:")
    assert Message.objects.get().body == CANARY


def test_a_message_copied_to_another_row_fails_to_open(client_profile):
    first, second = say(client_profile), say(client_profile, "Another")
    write_raw("body", second.pk, raw("body", first.pk))
    with pytest.raises(crypto.DecryptionError):
        Message.objects.get(pk=second.pk).body  # noqa: B018


def test_the_export_has_the_conversation_and_erasure_removes_it(client, client_profile):
    say(client_profile)
    say(client_profile, "Reply from Cara", from_client=False)
    client.force_login(client_profile.user)
    data = json.loads(client.get("/portal/my-data.json").content)
    assert [(m["from"], m["body"]) for m in data["messages"]] == [
        ("you", CANARY),
        ("Cara Lane", "Reply from Cara"),
    ]
    assert CANARY in client.get("/portal/my-data/").content.decode()
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})  # erasing asks again
    response = client.post("/portal/erase/", {"confirm": "erase"})
    assert response["Location"] == "/"
    assert not Message.objects.exists()


# Query counts


def fill(client_profile, count):
    Message.objects.bulk_create(
        Message(
            client=client_profile,
            coach=client_profile.coach,
            author=client_profile.user if n % 2 else client_profile.coach.user,
            from_client=bool(n % 2),
            body=f"Message {n}",
        )
        for n in range(count)
    )


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_conversation_pages_make_as_many_queries_at_5_and_500_messages(
    client, sign_in_with_code, client_profile, coach
):
    big = ClientFactory(coach=coach)
    fill(client_profile, 5)
    fill(big, 500)
    counts = {}
    for profile in (client_profile, big):
        client.force_login(profile.user)
        counts.setdefault("client", []).append(count_queries(client, CLIENT_URL))
        counts.setdefault("overview", []).append(count_queries(client, "/portal/"))
    sign_in_with_code(client, coach.user)
    for profile in (client_profile, big):
        counts.setdefault("coach", []).append(count_queries(client, coach_url(profile)))
    counts["dashboard"] = [count_queries(client, "/portal/coach/")]
    fill(ClientFactory(coach=coach), 500)
    counts["dashboard"].append(count_queries(client, "/portal/coach/"))
    for page, (few, many) in counts.items():
        assert few == many, f"{page}: {few} queries at 5 messages, {many} at 500"

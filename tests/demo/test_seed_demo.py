"""seed_demo gives a fresh install something to click through, and is safe to repeat."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from articles.models import ArticlePage
from comments.models import Comment
from demo.content import DEMO_PASSWORD, PEOPLE
from enrolment.models import Offer
from portal.models import ClientProfile, Message

pytestmark = pytest.mark.django_db


def counts():
    return (
        Page.objects.count(),
        get_user_model().objects.count(),
        ClientProfile.objects.count(),
        Comment.objects.count(),
        Offer.objects.count(),
        Message.objects.count(),
    )


def test_seed_demo_twice_leaves_the_same_pages_and_people():
    call_command("seed_demo", stdout=None)
    first = counts()
    call_command("seed_demo", stdout=None)
    assert counts() == first
    assert ArticlePage.objects.live().count() >= 6


def test_demo_pages_are_served(client):
    call_command("seed_demo")
    pages = ["/", "/about/", "/articles/", "/contact/", "/donate/", "/enrol/", "/privacy/"]
    for url in [*pages, ArticlePage.objects.live().first().url]:
        assert client.get(url).status_code == 200, url


def test_every_demo_person_can_sign_in_with_the_printed_password(client, capsys):
    call_command("seed_demo")
    printed = capsys.readouterr().out
    assert DEMO_PASSWORD in printed
    landing = {"owner": "/admin/", "editor": "/admin/", "coach": "/portal/coach/"}
    for email, *_, role in PEOPLE:
        assert email in printed
        response = client.post("/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
        assert response["Location"] == landing.get(role, "/portal/"), email
        assert client.session["_auth_user_id"], email
        client.logout()


def test_demo_roles():
    call_command("seed_demo")
    users = get_user_model().objects
    assert users.get(email="owner@tranquil.example").is_superuser
    assert users.get(email="editor@tranquil.example").groups.filter(name="Editors").exists()
    coach = users.get(email="coach@tranquil.example")
    assert coach.groups.filter(name="Coaches").exists()
    assert set(coach.coach_profile.clients.values_list("user__email", flat=True)) == {
        "client.one@tranquil.example",
        "client.two@tranquil.example",
    }


def test_demo_comments_are_threaded_and_the_author_replies(client):
    call_command("seed_demo")
    replies = Comment.objects.filter(parent__isnull=False)
    assert Comment.objects.approved().count() >= 5
    assert replies.filter(parent__parent__isnull=False).exists()  # three levels deep
    article = ArticlePage.objects.get(slug="goals-you-will-still-care-about")
    html = client.get(article.url).content.decode()
    assert '<span class="badge">Author</span>' in html


def test_the_demo_offer_is_open_and_announced(client):
    call_command("seed_demo")
    html = client.get("/").content.decode()
    assert "14 of 14 places left at £50" in html


def test_demo_clients_have_eight_weeks_of_history(client):
    from datetime import timedelta

    from django.utils import timezone

    from portal.models import CheckIn, Goal, Homework, JournalEntry

    call_command("seed_demo")
    sam = ClientProfile.objects.get(user__email="client.one@tranquil.example")
    assert Goal.objects.filter(client=sam).count() == 2
    assert JournalEntry.objects.filter(client=sam, shared=False).exists()
    oldest = CheckIn.objects.filter(client=sam).order_by("created").first().created
    assert timezone.now() - oldest >= timedelta(weeks=7)
    assert Homework.objects.filter(client=sam, done_at__isnull=True).exists()
    client.force_login(sam.user)
    html = client.get("/portal/").content.decode()
    assert "Be in bed by midnight on weeknights" in html and "session 4 of 12" in html


def test_a_demo_client_shows_reliable_improvement_on_phq9_and_gad7():
    from portal import measures

    call_command("seed_demo")
    sam = ClientProfile.objects.get(user__email="client.one@tranquil.example")
    summaries = {s["questionnaire"].code: s for s in measures.client_overview(sam)["summaries"]}
    assert len(summaries["phq-9"]["responses"]) == 8
    for code in ("phq-9", "gad-7"):
        change = summaries[code]["change"]
        assert change["reliable_improvement"] and change["recovered"], code


def test_demo_clients_have_a_conversation_with_their_coach(client):
    call_command("seed_demo")
    for email in ("client.one@tranquil.example", "client.two@tranquil.example"):
        assert Message.objects.filter(client__user__email=email, from_client=False).exists()
    sam = ClientProfile.objects.get(user__email="client.one@tranquil.example")
    assert Message.objects.unread_by_coach().filter(client=sam).count() == 1

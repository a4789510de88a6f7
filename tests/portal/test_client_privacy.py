"""Every client portal URL: the owner of the data gets it; another client, their own coach,
another coach, an editor and an anonymous visitor do not (DESIGN.md rules 1 and 2)."""

import pytest

from portal.factories import (
    CheckInFactory,
    ClientFactory,
    CoachFactory,
    CopingStrategyFactory,
    FeedbackFactory,
    GoalFactory,
    HomeworkFactory,
    JournalEntryFactory,
)
from portal.models import CopingStrategy, Goal, GoalStep, Homework, JournalEntry, Message

pytestmark = pytest.mark.django_db

CANARY = "Canary-9d2e"


@pytest.fixture
def sams(client_profile):
    """Sam's data, each piece carrying the canary text."""
    goal = GoalFactory(client=client_profile, title=f"{CANARY} goal")
    step = goal.steps.create(text=f"{CANARY} step")
    entry = JournalEntryFactory(client=client_profile, title=f"{CANARY} entry", body=CANARY)
    CheckInFactory(client=client_profile, note=f"{CANARY} note")
    coping = CopingStrategyFactory(client=client_profile, name=f"{CANARY} coping")
    homework = HomeworkFactory(client=client_profile, title=f"{CANARY} homework")
    FeedbackFactory(client=client_profile, goal=goal, body=f"{CANARY} feedback")
    Message.objects.create(
        client=client_profile,
        coach=client_profile.coach,
        author=client_profile.user,
        body=f"{CANARY} message",
    )
    return {"goal": goal, "step": step, "entry": entry, "coping": coping, "homework": homework}


def object_urls(d):
    goal, entry, homework = d["goal"].pk, d["entry"].pk, d["homework"].pk
    return [
        f"/portal/goals/{goal}/",
        f"/portal/goals/{goal}/edit/",
        f"/portal/goals/{goal}/delete/",
        f"/portal/journal/{entry}/",
        f"/portal/journal/{entry}/edit/",
        f"/portal/journal/{entry}/delete/",
        f"/portal/homework/{homework}/",
    ]


LIST_URLS = [
    "/portal/",
    "/portal/goals/",
    "/portal/goals/new/",
    "/portal/journal/",
    "/portal/journal/new/",
    "/portal/check-ins/",
    "/portal/check-ins/new/",
    "/portal/check-ins/coping/",
    "/portal/homework/",
    "/portal/messages/",
    "/portal/sessions/",
    "/portal/measures/",
    "/portal/seen-by/",
    "/portal/my-data/",
    "/portal/my-data.json",
]


@pytest.fixture
def people(client_profile, coach, editor):
    other_client = ClientFactory(coach=CoachFactory())
    return {
        "other client": other_client.user,
        "own coach": coach.user,
        "other coach": other_client.coach.user,
        "editor": editor,
    }


def test_the_owner_gets_every_page(client, client_profile, sams):
    client.force_login(client_profile.user)
    for url in [*LIST_URLS, *object_urls(sams)]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "no-store", url
    assert CANARY in client.get("/portal/my-data.json").content.decode()


@pytest.mark.parametrize("who", ["other client", "own coach", "other coach", "editor"])
def test_nobody_else_gets_the_owners_objects(client, sams, people, who):
    client.force_login(people[who])
    for url in object_urls(sams):
        assert client.get(url).status_code == 404, (who, url)


@pytest.mark.parametrize("who", ["own coach", "other coach", "editor"])
def test_people_without_a_client_profile_get_no_client_pages(client, sams, people, who):
    client.force_login(people[who])
    for url in LIST_URLS[1:]:
        assert client.get(url).status_code == 404, (who, url)


def test_another_client_sees_only_their_own(client, sams, people):
    client.force_login(people["other client"])
    for url in LIST_URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        assert CANARY not in response.content.decode(), url


def test_anonymous_visitors_are_sent_to_sign_in(client, sams):
    for url in [*LIST_URLS, *object_urls(sams), "/portal/erase/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next=/portal/"), url


def test_nobody_else_can_change_or_delete_the_owners_things(client, sams, people):
    goal, step, entry = sams["goal"], sams["step"], sams["entry"]
    posts = [
        (f"/portal/goals/{goal.pk}/steps/{step.pk}/toggle/", {}),
        (f"/portal/goals/{goal.pk}/steps/{step.pk}/delete/", {}),
        (f"/portal/goals/{goal.pk}/delete/", {}),
        (f"/portal/goals/{goal.pk}/", {"action": "reply", "body": "Sneaky"}),
        (f"/portal/goals/{goal.pk}/edit/", {"title": "Taken over", "area": "other"}),
        (f"/portal/journal/{entry.pk}/delete/", {}),
        (f"/portal/journal/{entry.pk}/", {"action": "reply", "body": "Sneaky"}),
        (f"/portal/check-ins/coping/{sams['coping'].pk}/delete/", {}),
        (f"/portal/homework/{sams['homework'].pk}/", {"reflection": "Sneaky"}),
    ]
    for who in ("other client", "other coach", "own coach"):
        client.force_login(people[who])
        for url, data in posts:
            assert client.post(url, data).status_code == 404, (who, url)
    assert Goal.objects.get(pk=goal.pk).title == f"{CANARY} goal"
    assert GoalStep.objects.get(pk=step.pk).done_at is None
    assert JournalEntry.objects.filter(pk=entry.pk).exists()
    assert CopingStrategy.objects.filter(pk=sams["coping"].pk).exists()
    assert Homework.objects.get(pk=sams["homework"].pk).done_at is None
    assert goal.feedback.count() == 1


def test_private_entries_and_check_ins_are_the_clients_alone_in_the_admin(client, owner, sams):
    """Rule 3: the admin lists no portal text at all, not even to the owner."""
    client.force_login(owner)
    for url in ("/admin/", "/admin/portal/enrolment/", "/admin/portal/invitation/"):
        assert CANARY not in client.get(url).content.decode()

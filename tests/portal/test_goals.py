"""Goals: SMART fields, steps ticked off, a measure logged, progress, feedback and replies."""

import pytest

from portal.factories import FeedbackFactory, GoalFactory
from portal.models import Goal

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(client, client_profile):
    client.force_login(client_profile.user)
    return client_profile


def test_a_goal_is_created_with_its_steps(client, sam):
    response = client.post(
        "/portal/goals/new/",
        {
            "title": "Study for the exam",
            "area": "career",
            "why": "I want the job.",
            "specific": "Pass the accountancy exam in June.",
            "target_date": "2027-06-01",
            "measure_unit": "study hours a week",
            "measure_target": "10",
            "measure_direction": "up",
            "new_steps": "Buy the book\n\n  Book the exam  \n",
            "status": "active",
        },
    )
    goal = Goal.objects.get()
    assert response["Location"] == f"/portal/goals/{goal.pk}/"
    assert (goal.client, goal.title, goal.specific) == (
        sam,
        "Study for the exam",
        "Pass the accountancy exam in June.",
    )
    assert [step.text for step in goal.steps.all()] == ["Buy the book", "Book the exam"]
    html = client.get(response["Location"]).content.decode()
    assert "Study for the exam" in html and "Book the exam" in html and "0% done" in html


def test_bad_input_keeps_every_field(client, sam):
    response = client.post(
        "/portal/goals/new/",
        {
            "title": "",
            "area": "career",
            "why": "Keep this text",
            "measure_target": "5",
            "status": "active",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert "Say what the target number counts." in html
    assert "Keep this text" in html
    assert not Goal.objects.exists()


def test_ticking_steps_moves_progress(client, sam):
    goal = GoalFactory(client=sam)
    first = goal.steps.create(text="One", position=0)
    goal.steps.create(text="Two", position=1)
    client.post(f"/portal/goals/{goal.pk}/steps/{first.pk}/toggle/")
    assert "50% done" in client.get(f"/portal/goals/{goal.pk}/").content.decode()
    client.post(f"/portal/goals/{goal.pk}/steps/{first.pk}/toggle/")
    assert "0% done" in client.get(f"/portal/goals/{goal.pk}/").content.decode()


def test_adding_a_step_and_logging_the_measure(client, sam):
    goal = GoalFactory(client=sam, measure_unit="study hours a week", measure_target=10)
    client.post(
        f"/portal/goals/{goal.pk}/", {"action": "add-step", "step-text": "Make a timetable"}
    )
    client.post(
        f"/portal/goals/{goal.pk}/",
        {"action": "add-value", "value-value": "4", "value-date": "2026-11-01"},
    )
    client.post(
        f"/portal/goals/{goal.pk}/",
        {"action": "add-value", "value-value": "6", "value-date": "2026-11-08"},
    )
    html = client.get(f"/portal/goals/{goal.pk}/").content.decode()
    assert "Make a timetable" in html
    assert "60% done" in html  # the measure wins: 6 of 10 hours
    assert "<svg" in html and "study hours a week: 4 on 01 Nov, 6 on 08 Nov" in html


def test_a_future_date_or_negative_number_is_refused(client, sam):
    goal = GoalFactory(client=sam, measure_unit="hours", measure_target=10)
    html = client.post(
        f"/portal/goals/{goal.pk}/",
        {"action": "add-value", "value-value": "-1", "value-date": "2099-01-01"},
    ).content.decode()
    assert "That date is still to come." in html
    assert goal.measure_values.count() == 0


def test_a_lower_is_better_measure_counts_down(sam):
    goal = GoalFactory(
        client=sam, measure_unit="drinks a week", measure_target=4, measure_direction="down"
    )
    goal.measure_values.create(value=14, date="2026-10-01")
    goal.measure_values.create(value=9, date="2026-10-08")
    assert goal.progress() == 50


def test_feedback_shows_and_the_client_replies(client, sam):
    goal = GoalFactory(client=sam)
    FeedbackFactory(client=sam, goal=goal, body="What would make the first step smaller?")
    html = client.get(f"/portal/goals/{goal.pk}/").content.decode()
    assert "What would make the first step smaller?" in html
    client.post(f"/portal/goals/{goal.pk}/", {"action": "reply", "body": "Five minutes a day."})
    replies = list(goal.feedback.values_list("author", flat=True))
    assert replies == [sam.coach.user.pk, sam.user.pk]
    assert "Five minutes a day." in client.get(f"/portal/goals/{goal.pk}/").content.decode()


def test_editing_and_deleting(client, sam):
    goal = GoalFactory(client=sam)
    client.post(
        f"/portal/goals/{goal.pk}/edit/",
        {"title": "Sleep by 11", "area": "health", "status": "achieved", "measure_direction": "up"},
    )
    goal.refresh_from_db()
    assert (goal.title, goal.status) == ("Sleep by 11", "achieved")
    client.post(f"/portal/goals/{goal.pk}/delete/")
    assert not Goal.objects.exists()


def test_page_titles_never_carry_the_goal(client, sam):
    goal = GoalFactory(client=sam, title="Leave my marriage")
    html = client.get(f"/portal/goals/{goal.pk}/").content.decode()
    assert "<title>A goal" in html
    title = html[html.index("<title>") : html.index("</title>")]
    assert "marriage" not in title

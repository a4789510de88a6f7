"""Outcome measures: PHQ-9 and GAD-7 scored and banded as published, reliable change and
recovery as NHS Talking Therapies use them, the item-9 risk alert, and who may see what."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from portal.factories import ClientFactory, CoachFactory
from portal.models import MeasureAssignment, MeasureResponse, Questionnaire, RiskAlert

pytestmark = pytest.mark.django_db


@pytest.fixture
def phq9(db):
    return Questionnaire.objects.get(code="phq-9")


@pytest.fixture
def gad7(db):
    return Questionnaire.objects.get(code="gad-7")


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Moderately severe"),
        (19, "Moderately severe"),
        (20, "Severe"),
        (27, "Severe"),
    ],
)
def test_phq9_bands(phq9, score, band):
    assert phq9.band(score) == band


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Severe"),
        (21, "Severe"),
    ],
)
def test_gad7_bands(gad7, score, band):
    assert gad7.band(score) == band


def test_the_instruments_are_as_published(phq9, gad7):
    assert len(phq9.items) == 9 and len(gad7.items) == 7
    assert (
        phq9.items[8]["text"]
        == "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert [o["label"] for o in phq9.options] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert (phq9.max_score, gad7.max_score) == (27, 21)
    assert phq9.score([3] * 9) == 27 and gad7.score([1, 2, 3, 0, 1, 2, 3]) == 12
    assert "Spitzer" in phq9.attribution


@pytest.mark.parametrize(
    ("code", "first", "latest", "improved", "worse", "recovered"),
    [
        ("phq-9", 15, 9, True, False, True),  # 6 points down, and below 10
        ("phq-9", 15, 10, False, False, False),  # 5 points: not reliable; 10 is still caseness
        ("phq-9", 12, 9, False, False, True),  # recovered without reliable change
        ("phq-9", 9, 3, True, False, False),  # never in the clinical range: no recovery
        ("phq-9", 5, 11, False, True, False),  # 6 points up
        ("gad-7", 12, 8, True, False, False),  # 4 points down, but 8 is caseness
        ("gad-7", 8, 7, False, False, True),  # from the cut-off to just below it
        ("gad-7", 6, 10, False, True, False),
    ],
)
def test_reliable_change_and_recovery(code, first, latest, improved, worse, recovered):
    change = Questionnaire.objects.get(code=code).change(first, latest)
    assert (
        change["reliable_improvement"],
        change["reliable_deterioration"],
        change["recovered"],
    ) == (
        improved,
        worse,
        recovered,
    )


@pytest.fixture
def assigned(client_profile, coach, phq9):
    return MeasureAssignment.objects.create(
        client=client_profile, coach=coach, questionnaire=phq9, frequency="weekly"
    )


def answers(values, extra=""):
    data = {f"item_{n}": str(v) for n, v in enumerate(values, start=1)}
    data["extra"] = extra
    return data


def test_the_client_answers_and_sees_the_score(client, client_profile, assigned):
    client.force_login(client_profile.user)
    html = client.get("/portal/measures/").content.decode()
    assert "PHQ-9" in html and "To fill in" in html
    page = client.get(f"/portal/measures/{assigned.pk}/").content.decode()
    assert "Over the last 2 weeks" in page and "Spitzer" in page
    response = client.post(
        f"/portal/measures/{assigned.pk}/", answers([1, 1, 2, 1, 0, 1, 1, 0, 0], "1")
    )
    assert response["Location"] == "/portal/measures/"
    saved = MeasureResponse.objects.get()
    assert (saved.score, saved.band, saved.risk) == (7, "Mild", False)
    html = client.get("/portal/measures/").content.decode()
    assert "Thank you: your PHQ-9 answers are saved." in html
    assert "Latest score <strong>7</strong> of 27 (mild)" in html
    assert "score" not in response.cookies.get("messages", "").__str__().lower()
    assert not RiskAlert.objects.exists()


def test_a_second_press_stores_one_answer_and_one_alert(client, client_profile, coach, phq9):
    once = MeasureAssignment.objects.create(client=client_profile, coach=coach, questionnaire=phq9)
    client.force_login(client_profile.user)
    risky = answers([0, 0, 0, 0, 0, 0, 0, 0, 2])
    client.post(f"/portal/measures/{once.pk}/", risky)
    again = client.post(f"/portal/measures/{once.pk}/", risky)
    assert again.status_code == 404  # a measure asked once closes when answered
    assert (MeasureResponse.objects.count(), RiskAlert.objects.count()) == (1, 1)
    weekly = MeasureAssignment.objects.create(
        client=client_profile, coach=coach, questionnaire=phq9, frequency="weekly"
    )
    client.post(f"/portal/measures/{weekly.pk}/", answers([1] * 9))
    client.post(f"/portal/measures/{weekly.pk}/", answers([1] * 9))
    assert weekly.responses.count() == 1


def test_a_switched_off_questionnaire_is_not_asked(client, client_profile, assigned, phq9):
    phq9.active = False
    phq9.save()
    client.force_login(client_profile.user)
    assert "Nothing to fill in right now." in client.get("/portal/measures/").content.decode()
    assert client.get(f"/portal/measures/{assigned.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"items": [{"title": "no text"}]}, "items"),
        ({"options": [{"label": "Yes", "value": "1"}, {"label": "No", "value": 0}]}, "options"),
        ({"options": []}, "options"),
        ({"bands": [{"min": 0, "max": 10, "label": "Low"}]}, "bands"),
        ({"bands": [{"min": 0, "max": 27}]}, "bands"),
        ({"risk_item": 12}, "risk_item"),
        ({"reliable_change": 0}, "reliable_change"),
    ],
)
def test_a_malformed_measure_is_refused(phq9, change, field):
    from django.core.exceptions import ValidationError

    for name, value in change.items():
        setattr(phq9, name, value)
    with pytest.raises(ValidationError) as raised:
        phq9.full_clean()
    assert field in raised.value.message_dict


def test_the_published_measures_pass_their_own_checks(phq9, gad7):
    phq9.full_clean()
    gad7.full_clean()


def test_an_incomplete_form_is_refused_with_the_answers_kept(client, client_profile, assigned):
    client.force_login(client_profile.user)
    data = answers([2, 2, 2])
    html = client.post(f"/portal/measures/{assigned.pk}/", data).content.decode()
    assert "6 questions are still to answer; your other answers are kept." in html
    assert len(re.findall(r"\schecked>", html)) == 3
    assert not MeasureResponse.objects.exists()


def test_item_nine_shows_crisis_support_and_alerts_the_coach(
    client, sign_in_with_code, client_profile, coach, assigned, django_capture_on_commit_callbacks
):
    client.force_login(client_profile.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/portal/measures/{assigned.pk}/", answers([0, 0, 0, 0, 0, 0, 0, 0, 1])
        )
    assert response["Location"].endswith("/support/")
    html = client.get(response["Location"]).content.decode()
    assert "116 123" in html and "Your coach has been told about this answer" in html
    assert "would like contact" not in html  # the client answered a question, no more
    (message,) = mail.outbox
    assert message.to == [coach.user.email]
    assert message.subject == "A client needs contact today"
    assert "One of your clients needs contact" in message.body and "/portal/coach/" in message.body
    assert "Sam" not in message.body + message.subject and "dead" not in message.body
    alert = RiskAlert.objects.get()

    sign_in_with_code(client, coach.user)
    dashboard = client.get("/portal/coach/").content.decode()
    assert "Needs contact today" in dashboard and "Risk alert open." in dashboard
    other = CoachFactory()
    sign_in_with_code(client, other.user)
    assert client.post(f"/portal/coach/alerts/{alert.pk}/acknowledge/").status_code == 404
    sign_in_with_code(client, coach.user)
    client.post(f"/portal/coach/alerts/{alert.pk}/acknowledge/")
    alert.refresh_from_db()
    assert alert.acknowledged_by == coach.user
    assert "Needs contact today" not in client.get("/portal/coach/").content.decode()


def test_the_coach_assigns_and_sees_reliable_improvement(
    client, sign_in_with_code, client_profile, coach, phq9
):
    sign_in_with_code(client, coach.user)
    client.post(
        f"/portal/coach/clients/{client_profile.pk}/measures/",
        {"questionnaire": phq9.pk, "frequency": "weekly"},
    )
    assignment = MeasureAssignment.objects.get()
    for score in (16, 9):
        MeasureResponse.objects.create(
            client=client_profile,
            questionnaire=phq9,
            assignment=assignment,
            answers="[]",
            score=score,
        )
    html = client.get(f"/portal/coach/clients/{client_profile.pk}/").content.decode()
    assert "Recovered:" in html and "Latest score <strong>9</strong> of 27 (mild)" in html


def test_a_reliably_worse_measure_moves_a_client_up(
    client, sign_in_with_code, client_profile, coach, phq9
):
    other = ClientFactory(coach=coach, user__first_name="Ada", user__last_name="Zed")
    for score in (5, 12):
        MeasureResponse.objects.create(client=other, questionnaire=phq9, answers="[]", score=score)
    client_profile.sessions.create(date=timezone.localdate())
    sign_in_with_code(client, coach.user)
    html = client.get("/portal/coach/").content.decode()
    assert "PHQ-9 reliably worse" in html
    assert html.index("Ada Zed") < html.index("Sam Rivers")


def test_nobody_else_reaches_a_measure(client, sign_in_with_code, client_profile, assigned, editor):
    other = ClientFactory(coach=CoachFactory())
    for person in (other.user, other.coach.user, editor):
        sign_in_with_code(client, person)
        assert client.get(f"/portal/measures/{assigned.pk}/").status_code == 404
        assert (
            client.post(f"/portal/coach/clients/{client_profile.pk}/measures/", {}).status_code
            == 404
        )
    client.logout()
    assert client.get(f"/portal/measures/{assigned.pk}/")["Location"].startswith("/accounts/login/")


def test_answers_are_sealed_and_exported(client, client_profile, assigned):
    from django.db import connection

    client.force_login(client_profile.user)
    client.post(f"/portal/measures/{assigned.pk}/", answers([3, 2, 1, 0, 3, 2, 1, 0, 0]))
    with connection.cursor() as cursor:
        cursor.execute("SELECT answers FROM portal_measureresponse")
        assert cursor.fetchone()[0].startswith("enc1:")
    data = client.get("/portal/my-data.json").json()
    first = data["questionnaires"][0]["answers"][0]
    assert first == {
        "item": "Little interest or pleasure in doing things",
        "answer": "Nearly every day",
        "value": 3,
    }
    printable = client.get("/portal/my-data/").content.decode()
    assert (
        "Little interest or pleasure in doing things: <strong>Nearly every day</strong>"
        in printable
    )


def test_a_practice_can_add_another_measure_as_data(client, client_profile, coach):
    brief = Questionnaire.objects.create(
        code="brief-3",
        name="Brief check",
        stem="In the last week…",
        items=[
            {"text": "I slept well"},
            {"text": "I felt able to cope"},
            {"text": "Unscored note", "scored": False},
        ],
        options=[{"label": "No", "value": 0}, {"label": "Yes", "value": 2}],
        bands=[{"min": 0, "max": 2, "label": "Low"}, {"min": 3, "max": 4, "label": "High"}],
        clinical_cutoff=3,
        reliable_change=2,
        attribution="Written for this test.",
    )
    assignment = MeasureAssignment.objects.create(
        client=client_profile, coach=coach, questionnaire=brief
    )
    client.force_login(client_profile.user)
    client.post(f"/portal/measures/{assignment.pk}/", {"item_1": "2", "item_2": "2", "item_3": "2"})
    assert MeasureResponse.objects.get().score == 4 and MeasureResponse.objects.get().band == "High"


def test_recurring_measures_come_due_again(client_profile, assigned):
    from datetime import timedelta

    from portal import measures

    now = timezone.now()
    assert measures.due([assigned], [], None, now) == [assigned]
    done = MeasureResponse(assignment=assigned, created=now - timedelta(days=3), score=0)
    assert measures.due([assigned], [done], None, now) == []
    done.created = now - timedelta(days=8)
    assert measures.due([assigned], [done], None, now) == [assigned]
    assigned.frequency = "session"
    done.created = now - timedelta(days=2)
    assert measures.due([assigned], [done], (now - timedelta(days=1)).date(), now) == [assigned]
    assert measures.due([assigned], [done], (now - timedelta(days=5)).date(), now) == []


def test_a_risk_alert_without_a_coach_goes_to_the_practice(
    client, client_profile, assigned, django_capture_on_commit_callbacks
):
    client_profile.coach = None
    client_profile.save()
    client.force_login(client_profile.user)
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(f"/portal/measures/{assigned.pk}/", answers([0] * 8 + [3]))
    (message,) = mail.outbox
    assert message.to == ["hello@tranquil.example"]
    assert f"/admin/portal/clientprofile/edit/{client_profile.pk}/" in message.body
    assert "A client with no active coach needs contact" in message.body
    assert "One of your clients" not in message.body  # the practice is nobody's coach
    html = client.get(sent["Location"]).content.decode()
    assert "The practice has been told about this answer" in html
    assert "Your coach" not in html


def test_the_support_page_is_the_clients_alone(client, client_profile, assigned, coach):
    client.force_login(client_profile.user)
    support = client.post(f"/portal/measures/{assigned.pk}/", answers([0] * 8 + [1]))["Location"]
    assert client.get(support).status_code == 200
    for person in (ClientFactory(coach=CoachFactory()).user, coach.user):
        client.force_login(person)
        assert client.get(support).status_code == 404

"""Outcome measures at work: which are due, recording an answer (and its risk), and the
change over time that counselling services report."""

import json
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from . import access, unscoped
from .charts import Series, line_chart
from .models import MeasureAssignment, RiskAlert

REPEAT_DAYS = {
    MeasureAssignment.Frequency.WEEKLY: 7,
    MeasureAssignment.Frequency.FORTNIGHTLY: 14,
}


def due(assignments, responses, last_session, now):
    """The assignments waiting for an answer. `responses` are the client's, any order."""
    latest = {}
    for response in responses:
        key = response.assignment_id
        if key not in latest or response.created > latest[key]:
            latest[key] = response.created
    waiting = []
    for assignment in assignments:
        answered = latest.get(assignment.pk)
        frequency = assignment.frequency
        if answered is None:
            waiting.append(assignment)
        elif frequency in REPEAT_DAYS and now - answered >= timedelta(days=REPEAT_DAYS[frequency]):
            waiting.append(assignment)
        elif (
            frequency == MeasureAssignment.Frequency.BEFORE_SESSION
            and last_session
            and timezone.localdate(answered) < last_session
        ):
            waiting.append(assignment)
    return waiting


class NotDue(Exception):
    """The measure was answered already (a second press, or another tab)."""


def record(assignment, answers, extra, now=None):
    """Store a completed questionnaire, if it is still due; raise an alert if it flags risk.

    The assignment is locked while we check and store, so a double press stores one
    answer and raises one alert. A measure asked once is then closed.
    """
    now = now or timezone.now()
    questionnaire = assignment.questionnaire
    with transaction.atomic():
        assignment = unscoped.assignment_locked(assignment.pk)
        client = assignment.client
        if assignment not in due(
            [assignment],
            list(assignment.responses.defer("answers")),
            last_session_of(client, now),
            now,
        ):
            raise NotDue
        response = assignment.responses.create(
            client=client,
            questionnaire=questionnaire,
            answers=json.dumps({"items": answers, "extra": extra}),
            score=questionnaire.score(answers),
            risk=questionnaire.flags_risk(answers),
        )
        if assignment.frequency == MeasureAssignment.Frequency.ONCE:
            assignment.active = False
            assignment.save(update_fields=["active"])
        if response.risk:
            alert = RiskAlert.objects.create(client=client, response=response)
            from .tasks import notify_risk

            transaction.on_commit(lambda: notify_risk.enqueue(alert.pk))
    return response


def last_session_of(client, now):
    today = timezone.localdate(now)
    return access.sessions_of(client).filter(date__lte=today).values_list("date", flat=True).first()


def summaries(responses):
    """Per measure: its scores over time, first and latest, band, change and a chart."""
    by_measure = {}
    for response in sorted(responses, key=lambda r: r.created):
        by_measure.setdefault(response.questionnaire, []).append(response)
    result = []
    for questionnaire, answered in by_measure.items():
        first, latest = answered[0].score, answered[-1].score
        result.append(
            {
                "questionnaire": questionnaire,
                "responses": answered,
                "first": first,
                "latest": latest,
                "band": questionnaire.band(latest),
                "change": questionnaire.change(first, latest) if len(answered) > 1 else {},
                "chart": line_chart(
                    [
                        Series(
                            questionnaire.name,
                            "line--measure",
                            [(r.created, r.score) for r in answered],
                        )
                    ],
                    low=0,
                    high=questionnaire.max_score,
                    title=f"{questionnaire.name} scores over time",
                ),
            }
        )
    return result


def client_overview(client, now=None):
    now = now or timezone.now()
    responses = list(access.responses_of(client))
    return {
        "due": due(
            list(access.assignments_of(client)), responses, last_session_of(client, now), now
        ),
        "summaries": summaries(responses),
    }

"""Everything a client has in the portal, as plain data: for the JSON download and the
printable page (DESIGN.md rule 6). The coach's private session notes are the coach's, and
stay out; invoices are in, since the payments were the client's."""

import json

from payments import PaymentStatus

from . import access


def client_data(user, client):
    goals = access.goals_for(user).prefetch_related("steps", "measure_values", "feedback__author")
    entries = (
        access.entries_for(user)
        .select_related("goal", "prompt")
        .prefetch_related("feedback__author")
    )
    checkins = access.checkins_for(user).prefetch_related("coping_used")
    return {
        "account": {
            "email": user.email,
            "name": user.get_full_name(),
            "coach": str(client.coach.user) if client.coach else None,
            "session_allowance": client.session_allowance,
            "time_zone": client.time_zone,
        },
        "goals": [
            {
                "title": goal.title,
                "area": goal.get_area_display(),
                "status": goal.get_status_display(),
                "why": goal.why,
                "specific": goal.specific,
                "measurable": goal.measurable,
                "achievable": goal.achievable,
                "relevant": goal.relevant,
                "target_date": goal.target_date,
                "measure": {
                    "unit": goal.measure_unit,
                    "target": goal.measure_target,
                    "values": [
                        {"date": v.date, "value": v.value} for v in goal.measure_values.all()
                    ],
                },
                "steps": [{"text": s.text, "done_at": s.done_at} for s in goal.steps.all()],
                "feedback": thread(goal.feedback.all()),
                "created": goal.created,
            }
            for goal in goals
        ],
        "journal": [
            {
                "title": entry.title,
                "body": entry.body,
                "mood": entry.mood,
                "goal": entry.goal.title if entry.goal else None,
                "prompt": entry.prompt.text if entry.prompt else None,
                "shared_with_coach": entry.shared,
                "created": entry.created,
                "edited": entry.edited,
                "feedback": thread(entry.feedback.all()),
            }
            for entry in entries
        ],
        "check_ins": [
            {
                "created": checkin.created,
                "mood": checkin.mood,
                "distress": checkin.distress,
                "setbacks": checkin.setbacks,
                "coping_used": [strategy.name for strategy in checkin.coping_used.all()],
                "note": checkin.note,
                "shared_with_coach": checkin.shared,
            }
            for checkin in checkins
        ],
        "coping_strategies": [strategy.name for strategy in access.coping_for(user)],
        "homework": [
            {
                "title": item.title,
                "instructions": item.instructions,
                "due_date": item.due_date,
                "done_at": item.done_at,
                "reflection": item.reflection,
            }
            for item in access.homework_for(user)
        ],
        "sessions": [
            {
                "date": s.date,
                "kind": s.get_kind_display(),
                "minutes": s.duration_minutes,
                "summary": s.summary,
            }
            for s in access.sessions_for(user)
        ],
        "appointments": [
            {
                "starts_at": a.starts_at,
                "ends_at": a.ends_at,
                "status": a.get_status_display(),
                "booked": a.created,
                "cancelled_at": a.cancelled_at,
            }
            for a in access.appointments_for(user)
        ],
        "questionnaires": [
            {
                "name": response.questionnaire.name,
                "date": response.created,
                "score": response.score,
                "band": response.band,
                "answers": labelled_answers(response),
            }
            for response in access.responses_for(user)
        ],
        "messages": [
            {
                "from": "you" if message.from_client else coach_name(message),
                "body": message.body,
                "at": message.created,
            }
            for message in access.messages_for(user).select_related("coach__user")
        ],
        "invoices": [
            {
                "number": invoice.label,
                "date": invoice.issued,
                "description": invoice.description,
                "amount": invoice.total,
                "refunded": invoice.payment.status == PaymentStatus.REFUNDED,
            }
            for invoice in access.invoices_for(user)
        ],
        "seen_by": [
            {
                "who": str(event.viewer) if event.viewer else "a former coach",
                "what": event.what,
                "when": event.created,
            }
            for event in access.access_events_for(user)
        ],
    }


def coach_name(message):
    coach = message.coach
    return (coach.user.get_full_name() or str(coach.user)) if coach else "a former coach"


def thread(feedback):
    return [
        {
            "from": str(item.author) if item.author else "someone",
            "body": item.body,
            "at": item.created,
        }
        for item in feedback
    ]


def labelled_answers(response):
    """Each item with the answer given, in words and as scored."""
    questionnaire = response.questionnaire
    stored = json.loads(response.answers)
    labels = {option["value"]: option["label"] for option in questionnaire.options}
    return [
        {"item": item["text"], "answer": labels.get(value, value), "value": value}
        for item, value in zip(questionnaire.items, stored.get("items", []), strict=False)
    ]

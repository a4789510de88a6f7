"""Who needs a coach's attention first: a message that mentions a care keyword, worsening
check-ins, unanswered messages, unread entries, overdue homework, a long gap since the
last session."""

from collections import defaultdict
from dataclasses import dataclass, field

SESSION_GAP_DAYS = 14


@dataclass
class ClientStatus:
    client: object
    worsening: bool = False
    risk: bool = False
    needs_care: bool = False
    reasons: list = field(default_factory=list)
    score: int = 0
    last_activity: object = None
    days_since_session: int | None = None


def worsening(checkins):
    """Mood falling, or distress rising, across the last three check-ins (newest first)."""
    if len(checkins) < 3:
        return False
    oldest_first = checkins[::-1]
    moods = [c.mood for c in oldest_first]
    distress = [c.distress for c in oldest_first]
    falling = all(a > b for a, b in zip(moods, moods[1:], strict=False))
    rising = all(a < b for a, b in zip(distress, distress[1:], strict=False))
    return falling or rising


def reliably_worse(responses):
    """Measures whose latest score is reliably worse than the first (responses oldest first)."""
    by_measure = defaultdict(list)
    for response in responses:
        by_measure[response.questionnaire].append(response.score)
    return [
        questionnaire.name
        for questionnaire, scores in by_measure.items()
        if len(scores) > 1 and questionnaire.change(scores[0], scores[-1])["reliable_deterioration"]
    ]


def rank(clients, recent_checkins, today, responses=(), alerts=()):
    """Statuses for annotated clients (see access.clients_with_attention), neediest first.

    An open risk alert outranks everything; then worsening check-ins and measures.
    """
    by_client = defaultdict(list)
    for checkin in recent_checkins:
        by_client[checkin.client_id].append(checkin)
    responses_by_client = defaultdict(list)
    for response in responses:
        responses_by_client[response.client_id].append(response)
    at_risk = {alert.client_id for alert in alerts}
    statuses = []
    for client in clients:
        status = ClientStatus(client)
        moments = [client.last_entry, client.last_checkin, client.last_goal_change]
        status.last_activity = max((m for m in moments if m), default=None)
        if client.last_session:
            status.days_since_session = (today - client.last_session).days
        if worsening(by_client[client.pk]):
            status.worsening = True
            status.score += 100
        if client.pk in at_risk:
            status.risk = True
            status.score += 1000
        for name in reliably_worse(responses_by_client[client.pk]):
            status.reasons.append(f"{name} reliably worse")
            status.score += 50
        if client.care_waiting:
            status.needs_care = True
            status.score += 500
        if client.unanswered:
            status.reasons.append(
                f"{client.unanswered} unanswered message{'s' if client.unanswered != 1 else ''}"
            )
            status.score += 20 * client.unanswered
        if client.unreviewed:
            status.reasons.append(
                f"{client.unreviewed} unread shared entr{'y' if client.unreviewed == 1 else 'ies'}"
            )
            status.score += 10 * client.unreviewed
        if client.overdue:
            status.reasons.append(f"{client.overdue} overdue homework")
            status.score += 5 * client.overdue
        if status.days_since_session is None or status.days_since_session > SESSION_GAP_DAYS:
            status.reasons.append(
                "no session for over two weeks" if status.days_since_session else "no session yet"
            )
            status.score += 3
        statuses.append(status)
    return sorted(statuses, key=lambda s: (-s.score, s.client.user.get_full_name()))

"""The demo clients' messages with their coach, written for this project: a week or two of
the small exchanges that happen between sessions."""

from datetime import timedelta

from django.utils import timezone

from portal.models import ClientProfile, Message

# email: [(days ago, hours ago on that day, from the client?, text)], oldest first.
MESSAGES = {
    "client.one@tranquil.example": [
        (
            9,
            4,
            True,
            "Quick question before Thursday: is it all right if the evening walk is only ten "
            "minutes on the days I work late? I keep skipping it because half an hour feels "
            "like too much.",
        ),
        (
            9,
            1,
            False,
            "Ten minutes counts. The point is the habit of stepping out, not the distance. "
            "Log the short ones too and we can look at the pattern together.",
        ),
        (
            3,
            2,
            True,
            "Small win: I had the conversation with my manager about the Friday deadlines. It "
            "went better than I had rehearsed in my head.",
        ),
    ],
    "client.two@tranquil.example": [
        (
            5,
            6,
            False,
            "I've added a short breathing exercise to your homework. Try it once a day, "
            "ideally before you check your email in the morning.",
        ),
        (
            4,
            3,
            True,
            "Tried it twice so far. The second time was easier. I'll keep going and tell you "
            "how the week went.",
        ),
    ],
}


def seed_messages():
    """Each demo client's conversation with their coach, once; the latest client message
    left unread so the coach's dashboard shows what a new one looks like."""
    now = timezone.now()
    for email, thread in MESSAGES.items():
        client = ClientProfile.objects.select_related("user", "coach__user").get(user__email=email)
        if client.coach is None or client.messages.exists():
            continue
        for days, hours, from_client, body in thread:
            message = Message.objects.create(
                client=client,
                coach=client.coach,
                author=client.user if from_client else client.coach.user,
                from_client=from_client,
                body=body,
            )
            sent = now - timedelta(days=days, hours=hours)
            Message.objects.filter(pk=message.pk).update(
                created=sent,
                read_at=None if (from_client and days < 4) else sent + timedelta(hours=1),
                noticed_at=sent,
            )

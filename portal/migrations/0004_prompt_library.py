"""A starting library of journal prompts, written for Tranquil; the owner edits it later."""

from django.db import migrations

PROMPTS = [
    (
        "miracle",
        "Imagine that tonight, while you sleep, the thing that brought you to us quietly "
        "sorts itself out. Nobody tells you. What is the first small thing you notice "
        "tomorrow morning that tells you something has changed?",
    ),
    (
        "miracle",
        "On a scale where 0 is the worst things have been and 10 is that morning after the "
        "change, where are you today? What keeps you from being one point lower?",
    ),
    (
        "reflection",
        "What took most of your energy this week, and what gave you some back?",
    ),
    (
        "reflection",
        "When did you feel most like yourself in the last few days? What was going on?",
    ),
    (
        "reflection",
        "What would you say to a good friend who was going through what you are going "
        "through now?",
    ),
    (
        "reflection",
        "Which of the things you care about did you act on this week? Where did you drift "
        "from them, and what pulled you away?",
    ),
    (
        "gratitude",
        "Write down three things that went well today, however small, and the part you "
        "played in each.",
    ),
    (
        "coping",
        "Think of a hard moment from this week. What did you do to get through it, and what "
        "would you like to try next time?",
    ),
]


def add_prompts(apps, schema_editor):
    Prompt = apps.get_model("portal", "Prompt")
    for position, (kind, text) in enumerate(PROMPTS):
        Prompt.objects.get_or_create(text=text, defaults={"kind": kind, "position": position})


class Migration(migrations.Migration):
    dependencies = [("portal", "0003_client_work")]

    operations = [migrations.RunPython(add_prompts, migrations.RunPython.noop)]

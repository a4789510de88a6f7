"""The PHQ-9 and GAD-7, exactly as published (free to use; attribution shown with them).

Scoring, bands and thresholds as used by NHS Talking Therapies: caseness PHQ-9 >= 10 and
GAD-7 >= 8; reliable change 6 and 4 points.
"""

from django.db import migrations

ATTRIBUTION = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)
OPTIONS = [
    {"label": "Not at all", "value": 0},
    {"label": "Several days", "value": 1},
    {"label": "More than half the days", "value": 2},
    {"label": "Nearly every day", "value": 3},
]
DIFFICULTY = (
    "If you checked off any problems, how difficult have these problems made it for you to "
    "do your work, take care of things at home, or get along with other people?"
)
DIFFICULTY_OPTIONS = [
    {"label": "Not difficult at all", "value": 0},
    {"label": "Somewhat difficult", "value": 1},
    {"label": "Very difficult", "value": 2},
    {"label": "Extremely difficult", "value": 3},
]

PHQ9 = {
    "code": "phq-9",
    "name": "PHQ-9",
    "stem": "Over the last 2 weeks, how often have you been bothered by any of the following "
    "problems?",
    "items": [
        {"text": "Little interest or pleasure in doing things"},
        {"text": "Feeling down, depressed, or hopeless"},
        {"text": "Trouble falling or staying asleep, or sleeping too much"},
        {"text": "Feeling tired or having little energy"},
        {"text": "Poor appetite or overeating"},
        {
            "text": "Feeling bad about yourself — or that you are a failure or have let "
            "yourself or your family down"
        },
        {
            "text": "Trouble concentrating on things, such as reading the newspaper or "
            "watching television"
        },
        {
            "text": "Moving or speaking so slowly that other people could have noticed? Or the "
            "opposite — being so fidgety or restless that you have been moving around a lot "
            "more than usual"
        },
        {"text": "Thoughts that you would be better off dead or of hurting yourself in some way"},
    ],
    "bands": [
        {"min": 0, "max": 4, "label": "Minimal"},
        {"min": 5, "max": 9, "label": "Mild"},
        {"min": 10, "max": 14, "label": "Moderate"},
        {"min": 15, "max": 19, "label": "Moderately severe"},
        {"min": 20, "max": 27, "label": "Severe"},
    ],
    "clinical_cutoff": 10,
    "reliable_change": 6,
    "risk_item": 9,
}

GAD7 = {
    "code": "gad-7",
    "name": "GAD-7",
    "stem": "Over the last 2 weeks, how often have you been bothered by the following problems?",
    "items": [
        {"text": "Feeling nervous, anxious, or on edge"},
        {"text": "Not being able to stop or control worrying"},
        {"text": "Worrying too much about different things"},
        {"text": "Trouble relaxing"},
        {"text": "Being so restless that it is hard to sit still"},
        {"text": "Becoming easily annoyed or irritable"},
        {"text": "Feeling afraid as if something awful might happen"},
    ],
    "bands": [
        {"min": 0, "max": 4, "label": "Minimal"},
        {"min": 5, "max": 9, "label": "Mild"},
        {"min": 10, "max": 14, "label": "Moderate"},
        {"min": 15, "max": 21, "label": "Severe"},
    ],
    "clinical_cutoff": 8,
    "reliable_change": 4,
    "risk_item": None,
}


def add_measures(apps, schema_editor):
    Questionnaire = apps.get_model("portal", "Questionnaire")
    for measure in (PHQ9, GAD7):
        Questionnaire.objects.update_or_create(
            code=measure["code"],
            defaults={
                **measure,
                "options": OPTIONS,
                "extra_question": DIFFICULTY,
                "extra_options": DIFFICULTY_OPTIONS,
                "attribution": ATTRIBUTION,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("portal", "0007_outcome_measures")]

    operations = [migrations.RunPython(add_measures, migrations.RunPython.noop)]

"""The demo articles, one module each, written for Tranquil at a real article's length."""

from . import (
    after_therapy_ends,
    coaching_or_counselling,
    coping_with_anxious_thoughts,
    goals_you_will_still_care_about,
    how_a_journal_supports_therapy,
    listening_without_fixing,
    making_a_hard_decision,
    making_room_for_setbacks,
    therapy_goals_questions,
)

ARTICLES = [
    module.ARTICLE
    for module in (
        goals_you_will_still_care_about,
        coaching_or_counselling,
        coping_with_anxious_thoughts,
        listening_without_fixing,
        making_room_for_setbacks,
        how_a_journal_supports_therapy,
        therapy_goals_questions,
        making_a_hard_decision,
        after_therapy_ends,
    )
]

"""Demo article: choosing goals that last past the first few weeks of the year."""

ARTICLE = {
    "title": "Setting goals you will still care about in March",
    "slug": "goals-you-will-still-care-about",
    "intro": (
        "Most goals fade because they were never really ours. A few questions help you "
        "find the ones worth the effort, then make them concrete enough to act on."
    ),
    "days_ago": 3,
    "category": "goals-and-change",
    "tags": ["goals", "motivation", "habits"],
    "hero_scene": "kite-field",
    "hero_alt": "Illustration: a kite flying high over a rolling green field on a breezy day",
    "body": [
        (
            "paragraph",
            "<p>Every January, gyms fill and notebooks open, and by the spring most of those "
            "plans have quietly gone. That is not a failure of willpower. More often the goal "
            "belonged to someone else: a parent's hope, a colleague's example, a version of "
            "ourselves we felt we ought to be. It is hard to keep working for something you "
            "never quite wanted.</p>"
            "<p>This article is about choosing goals that still feel like yours when the "
            "novelty has worn off, the evenings are still dark and nobody is asking how it is "
            "going. None of it needs a special app or a fresh start on a Monday. It needs a "
            "little honesty, a pen and about half an hour.</p>",
        ),
        ("heading", {"text": "Start with why it matters", "level": "h2"}),
        (
            "paragraph",
            "<p>Before deciding <i>what</i>, write a few lines about <i>why</i>. What would be "
            "different in an ordinary week if this went well? Who would notice? If the answer "
            "feels flat, the goal may need rethinking rather than more discipline.</p>"
            "<p>It can help to notice the words you use. Goals that begin with “I should” often "
            "carry someone else's voice. Goals that begin with “I would love to” or “I am tired "
            "of” tend to have more energy behind them. Neither is wrong, but the second kind "
            "is usually easier to keep going with on a wet Tuesday.</p>"
            "<p>Another useful test is to imagine nobody ever knew. If you ran the half "
            "marathon, learned the language or cleared the spare room and could not tell a "
            "soul, would it still be worth doing? If the honest answer is no, that is worth "
            "knowing. The goal might really be about feeling seen or approved of, and that "
            "deserves attention in its own right.</p>",
        ),
        (
            "image",
            {
                "scene": "desk-calendar",
                "alt": "Illustration: a tidy desk with books, a lamp and a plant, under a wall "
                "calendar and a clock",
                "caption": "A goal with a date on the calendar is easier to return to than one "
                "that lives only in your head.",
            },
        ),
        ("heading", {"text": "Make it specific and measurable", "level": "h2"}),
        (
            "paragraph",
            "<p>“Be healthier” is a direction, not a goal. “Walk for twenty minutes on four "
            "days a week until the end of March” can be planned, tracked and finished. Coaches "
            "often use the SMART checklist: specific, measurable, achievable, relevant and "
            "time-bound. It is not magic, but it catches the vague goals before they drift.</p>"
            "<p>Being specific is not about being strict. It simply gives you something to "
            "look back at. At the end of a month, “did I walk four times most weeks?” has an "
            "answer, and “am I healthier?” rarely does. Without an answer, it is easy to "
            "decide you have failed when you have actually made real progress.</p>"
            "<p>A short end date helps too. Eight or twelve weeks is long enough to notice a "
            "difference and short enough to stay in view. When the time is up you can decide, "
            "with fresh information, whether to carry on, change course or stop.</p>",
        ),
        ("heading", {"text": "Break it into the next small step", "level": "h2"}),
        (
            "paragraph",
            "<p>Big goals can feel so large that the first move is hard to see. Shrink it until "
            "it fits into an ordinary day:</p>"
            "<ul><li>Name the first step you could take this week.</li>"
            "<li>Decide how you will know it happened.</li>"
            "<li>Plan what you will do when a week goes badly, because one will.</li></ul>"
            "<p>If the goal is a new job, the first step might be updating one section of your "
            "CV, not “apply for jobs”. If it is to feel less alone, it might be sending one "
            "message to an old friend. Small steps are not a lesser kind of progress. They are "
            "how most lasting change actually happens.</p>"
            "<p>It also helps to attach the step to something you already do. A walk straight "
            "after you drop the children at school, five minutes of reading with the first cup "
            "of tea: tying a new habit to an old one means you are not relying on remembering "
            "or on feeling motivated.</p>",
        ),
        ("related", {"slug": "making-room-for-setbacks"}),
        ("heading", {"text": "Plan for the weeks that go wrong", "level": "h2"}),
        (
            "paragraph",
            "<p>Most plans are written for good weeks. Then someone falls ill, work gets busy "
            "or your mood dips, and the plan has nothing to say. A few minutes spent now on a "
            "“bad week” version saves a lot of self-criticism later.</p>"
            "<p>Ask yourself what the smallest acceptable version of this goal would be. Perhaps "
            "it is one walk instead of four, or ten minutes of practice instead of thirty. "
            "Write it down next to the full version. When a hard week arrives, you already "
            "know what “enough” looks like, and keeping the thread going matters far more than "
            "keeping a perfect record.</p>"
            "<p>Notice, too, how you speak to yourself when things slip. Many of us would never "
            "talk to a friend the way we talk to ourselves after a missed day. Kindness here is "
            "not letting yourself off the hook. It is what makes it possible to start again "
            "the next morning.</p>",
        ),
        ("heading", {"text": "Check in with yourself in March", "level": "h2"}),
        (
            "paragraph",
            "<p>Put a date in your calendar, a few weeks from now, to look back. Make it a "
            "proper appointment with yourself rather than something you will get round to. "
            "Find a quiet half hour and ask three things: what has gone well, what has been "
            "harder than expected, and whether the goal still matters to you.</p>"
            "<p>That last question is the important one. Sometimes a goal fades because life "
            "got in the way, and it is worth a second go with a smaller step. Sometimes it "
            "fades because you have learned something: the course was not what you hoped, or "
            "the thing you were chasing was really a need for rest. Letting go of a goal on "
            "purpose is a decision, not a failure.</p>",
        ),
        (
            "quote",
            {
                "text": (
                    "A goal you can describe to a friend in one breath is a goal you can start."
                ),
                "attribution": "",
            },
        ),
        (
            "questions",
            {
                "heading": "Questions to ask yourself",
                "questions": [
                    "If this went well, what would be different in an ordinary week?",
                    "Whose voice do I hear when I think about this goal: mine or someone else's?",
                    "What is the smallest step I could take in the next seven days?",
                    "What will I do in a week when everything goes wrong?",
                    "When will I sit down and check whether this still matters to me?",
                ],
            },
        ),
        ("heading", {"text": "When a goal keeps slipping away", "level": "h2"}),
        (
            "paragraph",
            "<p>If the same goal keeps returning every year and never quite takes hold, it can "
            "be worth talking it through with someone. A coach can help you untangle what you "
            "want from what you feel you ought to want, and keep you company while you try "
            "things out between sessions.</p>"
            "<p>And if the goals feel hard because everything feels hard at the moment, that "
            "matters more than any plan. Low mood, worry and exhaustion can drain the energy "
            "from even the most meaningful goal. In that case counselling may be a kinder "
            "place to begin, and the goals can wait until you feel steadier. Either way, you "
            "are welcome to get in touch and tell us a little about where you are.</p>",
        ),
    ],
}

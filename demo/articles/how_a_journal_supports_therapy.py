"""Demo article: keeping a short journal between coaching or counselling sessions."""

ARTICLE = {
    "title": "Writing it down: how a journal supports therapy",
    "slug": "how-a-journal-supports-therapy",
    "intro": (
        "A few lines after a hard day can make the next session richer. Here is how to keep a "
        "journal that helps rather than becomes another chore."
    ),
    "days_ago": 38,
    "category": "coaching-and-counselling",
    "tags": ["journaling", "reflection", "counselling"],
    "hero_scene": "notebook-tea",
    "hero_alt": "Illustration: an open notebook with lines of handwriting and a pen, seen "
    "from above on a linen cloth beside a cup of tea",
    "body": [
        (
            "paragraph",
            "<p>Sessions are short and weeks are long. By the time you sit down with your coach "
            "or counsellor, Tuesday's insight may have faded, and the argument that upset you "
            "on Thursday may feel too far away to describe. You arrive, sit down, and find "
            "yourself saying “It has been fine, I think,” while knowing that is not quite "
            "true.</p>"
            "<p>A journal keeps those moments. It does not need to be beautiful, long or "
            "daily. A few honest lines, written when something matters, can give your sessions "
            "more to work with and help you notice patterns you would otherwise miss. This "
            "article looks at how to start, what to write and how to keep it from becoming one "
            "more thing to feel guilty about.</p>",
        ),
        ("heading", {"text": "What a journal adds to your sessions", "level": "h2"}),
        (
            "paragraph",
            "<p>Much of the work of therapy happens between sessions, as you notice your "
            "reactions, try new things and see how they go. A journal is a way of catching "
            "that work while it is fresh. When you look back over a week or two, you might "
            "see that your low days tend to follow poor sleep, or that you feel more confident "
            "after seeing a particular friend. Those are the kinds of observations that can "
            "open up a session.</p>"
            "<p>Writing also slows thoughts down. Worries that race round and round in your "
            "head often look smaller, or at least clearer, once they are on paper. And over "
            "months, a journal becomes a record of change: proof, in your own words, that "
            "things have moved even when it does not feel like it.</p>",
        ),
        ("heading", {"text": "Keep it short", "level": "h2"}),
        (
            "paragraph",
            "<p>The most common reason journals are abandoned is that they become too "
            "ambitious. Three sentences are enough: what happened, how you felt, what you "
            "noticed. A mood score from one to ten adds a line you can chart over time, and "
            "takes seconds.</p>"
            "<p>It also helps to link writing to something you already do: the first cup of "
            "tea of the morning, the bus home, or the few minutes before you turn out the "
            "light. If you miss a day, or a week, simply start again with today. There is no "
            "need to catch up.</p>",
        ),
        (
            "image",
            {
                "scene": "desk-calendar",
                "alt": "Illustration: a tidy desk by a window, with a lamp, a stack of books, a "
                "mug and a plant, and a wall calendar and clock above it",
                "caption": "A regular time and place makes journalling easier to keep up. A "
                "few minutes at the same moment each day is plenty.",
            },
        ),
        ("heading", {"text": "Paper, phone or portal", "level": "h2"}),
        (
            "paragraph",
            "<p>Choose whatever you are most likely to use. Some people love a paper notebook "
            "and the slower pace of handwriting. Others prefer typing on their phone because "
            "it is always with them. Both work. If you do keep notes on a device, it is worth "
            "thinking about who else might see it, and keeping it locked if that matters to "
            "you.</p>"
            "<p>Clients of our practice can also keep a journal in their portal. An entry can "
            "carry a mood score if you like, and each one is shared with your coach or "
            "counsellor unless you untick “share with my coach” to keep it private.</p>",
        ),
        ("heading", {"text": "What to write about", "level": "h2"}),
        (
            "paragraph",
            "<p>Anything that stayed with you is worth a line. That might be a strong reaction "
            "you did not expect, a moment when you tried something you had talked about in a "
            "session, a dream, a memory that surfaced, or simply how your body felt at the end "
            "of the day. Small good things count too: it is easy to record only the difficult "
            "moments and forget the rest.</p>"
            "<p>Try to write about what happened and how it felt, rather than only what you "
            "think you should have done. The aim is to notice, not to judge yourself.</p>",
        ),
        ("heading", {"text": "Use a prompt when the page is blank", "level": "h2"}),
        (
            "paragraph",
            "<p>Some days you will know exactly what you want to write. On others the page "
            "stays empty and your mind goes quiet. A prompt gives you somewhere to begin. Pick "
            "one that catches your eye; there is no need to answer them all, and it is fine to "
            "wander off the question once you start.</p>",
        ),
        (
            "questions",
            {
                "heading": "Prompts to start from",
                "questions": [
                    "What gave me a little energy today?",
                    "If tonight a quiet change happened and the problem was gone, what would I "
                    "notice first tomorrow?",
                    "What did I handle better than I would have a month ago?",
                    "When did I feel most like myself this week?",
                    "What is one thing I would like to bring to my next session?",
                    "What would I like to say to someone, even if I am not ready to say it yet?",
                ],
            },
        ),
        ("heading", {"text": "You choose what to share", "level": "h2"}),
        (
            "paragraph",
            "<p>Some entries are for your coach or counsellor; some are only for you. Both are "
            "worth writing. You might read an entry aloud in a session, summarise it, or simply "
            "use it to remind yourself what you wanted to talk about. You never have to show "
            "your journal to anyone, and a good practitioner will not ask you to share more "
            "than you want to.</p>"
            "<p>Knowing that an entry is private can make it easier to be honest. It is often "
            "in those private pages that people first find words for something they later feel "
            "able to say out loud.</p>",
        ),
        ("heading", {"text": "When writing stirs things up", "level": "h2"}),
        (
            "paragraph",
            "<p>Writing about painful experiences can bring strong feelings to the surface. "
            "That is not a sign you are doing it wrong, but it is a reason to go gently. If an "
            "entry leaves you shaken, stop, do something grounding, such as making a drink or "
            "stepping outside, and bring it to your next session rather than working through it "
            "alone. You can always write about the present day instead of the past.</p>"
            "<p>A journal is a companion to support, not a replacement for it. If you find that "
            "your entries are getting darker, or you are struggling to cope between sessions, "
            "tell your practitioner or speak to your GP. If you ever feel unsafe, please do not "
            "wait: the crisis-support details at the foot of every page on this site list who "
            "to contact straight away.</p>",
        ),
        ("donate", {}),
        ("heading", {"text": "Looking back", "level": "h2"}),
        (
            "paragraph",
            "<p>Every month or so, read back through what you have written. Notice what has "
            "changed and what keeps coming up. You might underline a sentence you want to "
            "remember, or write a short note to yourself about what the month has taught you. "
            "This kind of review can be one of the most encouraging parts of keeping a "
            "journal, and it is a good thing to do with your coach or counsellor too.</p>",
        ),
    ],
}

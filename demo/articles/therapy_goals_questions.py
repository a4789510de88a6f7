"""Demo article: gentle questions to think about before a first therapy session."""

ARTICLE = {
    "title": "Therapy goals: questions to ask yourself before you start",
    "slug": "therapy-goals-questions-to-ask",
    "intro": (
        "You do not need a tidy goal to begin therapy. A few honest questions, asked before "
        "your first session, can help you say what brings you and notice what changes."
    ),
    "days_ago": 14,
    "category": "coaching-and-counselling",
    "tags": ["therapy", "goals", "first-session"],
    "hero_scene": "forest-path",
    "hero_alt": "Illustration: a path winding through a pine forest towards soft morning light",
    "body": [
        (
            "paragraph",
            "<p>Many people put off starting therapy because they are not sure what they would "
            "say. They worry that their reasons are not serious enough, or that they will sit "
            "down and find nothing comes out. Others arrive with a long list and no idea where "
            "to begin. Both are completely normal, and a good therapist will help you find "
            "your way in.</p>"
            "<p>Still, it can help to spend a little time with yourself beforehand. Not to "
            "prepare a speech, but to notice what is on your mind and what you are hoping "
            "for. The questions below are a place to start. You do not need to answer all of "
            "them, and there are no right answers.</p>",
        ),
        ("heading", {"text": "Why goals belong in therapy too", "level": "h2"}),
        (
            "paragraph",
            "<p>Goals are often associated with coaching, with plans and targets and progress "
            "charts. In therapy they tend to be softer. A therapy goal might be “to understand "
            "why I keep ending up in the same kind of argument”, “to feel less on edge in the "
            "evenings” or “to be able to talk about my dad without falling apart”.</p>"
            "<p>Having some sense of what you hope for does two useful things. It gives you "
            "and your therapist a shared direction, so the sessions do not drift. And it gives "
            "you a way to notice change later on, which is easy to miss when it happens "
            "slowly. Many people are surprised, a few months in, by how far they have come.</p>",
        ),
        ("heading", {"text": "It is fine not to know yet", "level": "h2"}),
        (
            "paragraph",
            "<p>Sometimes all you can say is “something is not right”. That is a perfectly good "
            "place to start. Part of the early work in therapy is finding the words for what "
            "has been going on, and your goals may only take shape after a few sessions.</p>"
            "<p>It is also fine if your answer is simply “I want to feel better”. Your "
            "therapist might gently ask what “better” would look like, but they will not "
            "expect you to have it worked out on day one.</p>",
        ),
        (
            "image",
            {
                "scene": "notebook-tea",
                "alt": "Illustration: an open notebook with a pen, seen from above beside a "
                "cup of tea",
                "caption": "A few notes jotted down over a cup of tea are plenty. This is not "
                "homework, and nobody will mark it.",
            },
        ),
        ("heading", {"text": "Questions about what brings you", "level": "h2"}),
        (
            "paragraph",
            "<p>Start with the present. What has made you think about therapy now, rather than "
            "a year ago or a year from now? Sometimes there is a clear trigger: a loss, a "
            "change at work, a relationship ending. Sometimes it is a slow build-up until one "
            "ordinary day feels like too much.</p>"
            "<ul><li>What is taking up most of my energy at the moment?</li>"
            "<li>When did I first notice things feeling this way?</li>"
            "<li>What have I already tried, and what helped even a little?</li>"
            "<li>Is there anything I am worried about saying out loud?</li></ul>"
            "<p>That last question is worth a moment. It is common to hold something back at "
            "first, and you can share it whenever you are ready. Simply knowing it is there "
            "can help you choose when to bring it.</p>",
        ),
        ("heading", {"text": "Questions about what you would like to change", "level": "h2"}),
        (
            "paragraph",
            "<p>Now look ahead, gently. Imagine therapy has been helpful. You do not need to "
            "picture everything fixed, just a little different. What would you notice first? "
            "Perhaps you would sleep through the night more often, say no without feeling "
            "guilty for days, or get through a family gathering without dreading it for "
            "weeks.</p>"
            "<p>Small, concrete pictures like these are often more useful than big ones. “Be "
            "happy” is hard to work towards. “Enjoy a Sunday afternoon without worrying about "
            "Monday” is something you and your therapist can explore together, and you will "
            "know when it starts to happen.</p>",
        ),
        ("heading", {"text": "Questions about how you would like to work", "level": "h2"}),
        (
            "paragraph",
            "<p>People want different things from therapy, and it helps to notice your own "
            "preferences. Do you want space to talk at your own pace, or would you like some "
            "practical ideas to try between sessions? Would you rather meet in person, or "
            "does talking from home feel easier? Are there things about your background, "
            "beliefs or identity that you would want your therapist to understand?</p>"
            "<p>You can raise any of this at a first consultation. A good therapist will "
            "welcome it, explain how they tend to work, and tell you honestly if someone else "
            "might suit you better.</p>",
        ),
        ("donate", {}),
        ("heading", {"text": "Goals change as you go", "level": "h2"}),
        (
            "paragraph",
            "<p>Whatever you bring to the first session is a starting point, not a contract. "
            "As you talk, you may realise the thing you came in with was sitting on top of "
            "something else. Or you may find the original goal matters less once you "
            "understand it better. That is not going off course. It is often exactly how "
            "therapy works.</p>"
            "<p>It can help to look back at your first notes every so often, perhaps every six "
            "sessions or so. What has shifted? What still feels important? Your therapist may "
            "suggest a review like this themselves, and you are always welcome to ask for "
            "one.</p>",
        ),
        ("heading", {"text": "Taking your answers to the first session", "level": "h2"}),
        (
            "paragraph",
            "<p>You are welcome to bring your notes with you, read from them, or leave them at "
            "home and just talk. Some people find it easier to send a few lines beforehand. "
            "Whatever you choose, you only need to share what you are comfortable sharing.</p>"
            "<p>The first session itself is usually a gentle one. Your therapist will explain "
            "how they work, what stays confidential and the rare times it might not, and ask "
            "about what brings you. You might agree some early hopes for the work together, "
            "or simply agree to keep talking for a few weeks and see. Either way, you are "
            "allowed to ask questions of your own, to say when something does not feel right, "
            "and to take your time.</p>"
            "<p>If thinking about these questions stirs up more than you expected, go easy on "
            "yourself. Take a break, do something comforting, and let the first session be the "
            "place where you pick it up again with support. If at any point you feel unsafe, "
            "please do not wait for an appointment: the crisis-support details at the foot of "
            "every page on this site list who to contact straight away.</p>",
        ),
        (
            "questions",
            {
                "heading": "Questions to ask yourself",
                "questions": [
                    "What has made me think about therapy now?",
                    "If therapy helped, what is the first small thing I would notice?",
                    "What would I like my therapist to understand about me early on?",
                    "Do I want space to talk, practical ideas, or some of each?",
                    "What would help me feel safe enough to be honest in the room?",
                ],
            },
        ),
    ],
}

"""Demo pages and articles, written for Tranquil.

Bodies are lists of (block type, value) pairs in the shape StreamField accepts, so the demo
exercises the same blocks editors use.
"""

HOME = {
    "hero_heading": "Coaching and counselling, at your pace",
    "hero_text": (
        "Tranquil is a small practice for people who want to change something in their lives, "
        "or simply understand it better. We listen first, then help you plan the next step."
    ),
    "hero_cta_label": "Read our articles",
    "intro": (
        "<p>Whether you are weighing up a decision, finding a relationship hard, or noticing "
        "that old ways of coping no longer work, a few focused conversations can help.</p>"
    ),
}

ABOUT = {
    "title": "About the practice",
    "slug": "about",
    "intro": "Who we are, how we work, and what you can expect from a first conversation.",
    "body": [
        ("heading", {"text": "How we work", "level": "h2"}),
        (
            "paragraph",
            "<p>Tranquil brings together coaches and counsellors who share one habit: they "
            "take their time. Sessions last fifty minutes, happen online or in our quiet room, "
            "and follow a plan you shape with your coach.</p>"
            "<p>Between sessions, clients use a private portal to set goals, keep a journal "
            "and note how the week went. You decide what your coach sees.</p>",
        ),
        ("heading", {"text": "Your first conversation", "level": "h2"}),
        (
            "paragraph",
            "<p>The first conversation is free. We talk about what brings you here and whether "
            "coaching or counselling suits it better. If neither does, we will say so and "
            "suggest where to turn.</p>",
        ),
        (
            "quote",
            {
                "text": "Nobody has to arrive with the right words. Finding them is part of the work.",
                "attribution": "From our practice handbook",
            },
        ),
    ],
}

CATEGORIES = [
    (
        "Goals and change",
        "goals-and-change",
        "Setting goals that matter to you, and keeping going when change is slow.",
    ),
    (
        "Coaching and counselling",
        "coaching-and-counselling",
        "How the work itself goes: what to expect, and how to get the most from it.",
    ),
    ("Coping", "coping", "Small, practical ways through anxious, low or overwhelming days."),
    (
        "Relationships",
        "relationships",
        "Partners, family, friends and colleagues: being close, and apart.",
    ),
]

AUTHOR = {
    "name": "Cara Lane",
    "slug": "cara-lane",
    "role": "Coach and counsellor",
    "bio": (
        "<p>Cara has worked with adults for fifteen years, first as a counsellor and later "
        "as a coach. She is interested in the small, repeatable changes that make big ones "
        "possible, and in helping people be kinder to themselves along the way.</p>"
    ),
}

# Top and bottom of the gradient, then the colours of the shapes drawn over it.
PALETTES = {
    "sage": [(244, 239, 230), (206, 224, 214), (120, 160, 140), (214, 190, 120), (160, 196, 176)],
    "sky": [(246, 243, 236), (208, 223, 236), (120, 150, 190), (170, 196, 222), (224, 206, 170)],
    "lilac": [(243, 240, 246), (214, 208, 232), (150, 130, 190), (130, 160, 200), (200, 186, 224)],
    "peach": [(250, 242, 234), (240, 214, 200), (226, 150, 130), (200, 120, 130), (236, 190, 150)],
}

ARTICLES = [
    {
        "title": "Setting goals you will still care about in March",
        "slug": "goals-you-will-still-care-about",
        "intro": (
            "Most goals fade because they were never really ours. A few questions help you "
            "find the ones worth the effort, then make them concrete enough to act on."
        ),
        "days_ago": 3,
        "category": "goals-and-change",
        "tags": ["goals", "motivation", "habits"],
        "hero_alt": "Soft green and gold circles rising over a pale morning sky",
        "palette": "sage",
        "body": [
            (
                "paragraph",
                "<p>Every January, gyms fill and notebooks open, and by the spring most of "
                "those plans have quietly gone. That is not a failure of willpower. More often "
                "the goal belonged to someone else: a parent's hope, a colleague's example, a "
                "version of ourselves we felt we ought to be.</p>",
            ),
            ("heading", {"text": "Start with why it matters", "level": "h2"}),
            (
                "paragraph",
                "<p>Before deciding <i>what</i>, write a few lines about <i>why</i>. What would "
                "be different in an ordinary week if this went well? Who would notice? If the "
                "answer feels flat, the goal may need rethinking rather than more discipline.</p>",
            ),
            ("heading", {"text": "Make it specific and measurable", "level": "h2"}),
            (
                "paragraph",
                "<p>“Be healthier” is a direction, not a goal. “Walk for twenty minutes on four "
                "days a week until the end of March” can be planned, tracked and finished. Coaches "
                "often use the SMART checklist: specific, measurable, achievable, relevant and "
                "time-bound. It is not magic, but it catches the vague goals before they drift.</p>",
            ),
            ("heading", {"text": "Break it into the next small step", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Name the first step you could take this week.</li>"
                "<li>Decide how you will know it happened.</li>"
                "<li>Plan what you will do when a week goes badly, because one will.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "A goal you can describe to a friend in one breath is a goal you can start.",
                    "attribution": "",
                },
            ),
        ],
    },
    {
        "title": "Coaching or counselling: which one do you need?",
        "slug": "coaching-or-counselling",
        "intro": (
            "Coaching looks forward to what you want to build; counselling often looks at what "
            "is weighing on you now. Many people need a little of both."
        ),
        "days_ago": 10,
        "cta": {
            "heading": "Not sure which suits you?",
            "text": "Read how we work, then tell us a little about what brings you here.",
            "button_label": "About the practice",
            "link_url": "",
        },
        "category": "coaching-and-counselling",
        "tags": ["coaching", "counselling", "first session"],
        "hero_alt": "Two overlapping blue circles on a calm cream background",
        "palette": "sky",
        "body": [
            (
                "paragraph",
                "<p>People often ask us which service to book. The honest answer is that the "
                "line between them is softer than the names suggest, but there are differences "
                "worth knowing.</p>",
            ),
            ("heading", {"text": "Coaching", "level": "h2"}),
            (
                "paragraph",
                "<p>Coaching suits you when you are broadly coping and want to move towards "
                "something: a career change, a habit, a decision you keep postponing. Sessions "
                "are practical. You set goals, try things between sessions and review what "
                "happened.</p>",
            ),
            ("heading", {"text": "Counselling", "level": "h2"}),
            (
                "paragraph",
                "<p>Counselling suits you when something is hurting: grief, anxiety, low mood, a "
                "relationship that has become painful. The pace is gentler. There is room to "
                "talk about the past when it shapes the present, and the aim is often to "
                "understand and to feel steadier before planning anything.</p>",
            ),
            ("heading", {"text": "When you are not sure", "level": "h2"}),
            (
                "paragraph",
                "<p>You do not need to decide alone. Tell us what is going on and we will "
                "suggest a starting point. Some clients begin with counselling and move to "
                "coaching once the ground feels firmer.</p>",
            ),
        ],
    },
    {
        "title": "Five ways to cope when anxious thoughts take over",
        "slug": "coping-with-anxious-thoughts",
        "newsletter": {
            "heading": "More ways through hard days",
            "text": "We write about coping every few weeks. Get each new article by email.",
        },
        "intro": (
            "Anxious thoughts feel urgent and certain. These small, practical steps help you "
            "put a little distance between you and them."
        ),
        "days_ago": 17,
        "category": "coping",
        "tags": ["anxiety", "coping", "breathing"],
        "hero_alt": "Blurred lilac and blue shapes, like slow ripples on still water",
        "palette": "lilac",
        "body": [
            (
                "paragraph",
                "<p>Anxiety has a way of narrowing the world to a single worry. The thoughts "
                "arrive fast and sound convincing. You cannot switch them off, but you can "
                "change how you respond.</p>",
            ),
            ("heading", {"text": "1. Name it", "level": "h3"}),
            (
                "paragraph",
                "<p>Say, silently or aloud: “I am having the thought that…”. It sounds too "
                "simple, yet it turns a fact into an event in your mind, and events pass.</p>",
            ),
            ("heading", {"text": "2. Slow the breath out", "level": "h3"}),
            (
                "paragraph",
                "<p>Breathe in for a count of four and out for a count of six, for two minutes. "
                "A longer out-breath tells the body it is safe enough to settle.</p>",
            ),
            ("heading", {"text": "3. Come back to the room", "level": "h3"}),
            (
                "paragraph",
                "<p>Notice five things you can see, four you can hear and three you can touch. "
                "Grounding does not argue with the worry; it gives your attention somewhere "
                "else to rest.</p>",
            ),
            ("heading", {"text": "4. Schedule the worry", "level": "h3"}),
            (
                "paragraph",
                "<p>Give worries a fifteen-minute slot later in the day. When one turns up "
                "early, write it down for its appointment. Many have shrunk by then.</p>",
            ),
            ("heading", {"text": "5. Keep a note of what helped", "level": "h3"}),
            (
                "paragraph",
                "<p>Over a few weeks, a short record of what you tried and how it went becomes "
                "your own evidence that the wave passes.</p>",
            ),
        ],
    },
    {
        "title": "Listening without fixing: a small change for close relationships",
        "slug": "listening-without-fixing",
        "intro": (
            "When someone we love is struggling, we rush to solve it. Often what they need "
            "first is to feel heard."
        ),
        "days_ago": 24,
        "category": "relationships",
        "tags": ["relationships", "listening", "communication"],
        "hero_alt": "Warm peach and rose circles leaning towards each other",
        "palette": "peach",
        "body": [
            (
                "paragraph",
                "<p>A partner comes home upset about work. Within a minute we are offering "
                "advice: speak to your manager, update your CV, let it go. It comes from care, "
                "and it often lands as impatience.</p>",
            ),
            ("heading", {"text": "Reflect before you respond", "level": "h2"}),
            (
                "paragraph",
                "<p>Try repeating back the feeling you hear: “It sounds like you felt "
                "overlooked.” If you are wrong, they will tell you, and the conversation moves "
                "closer to what matters.</p>",
            ),
            ("heading", {"text": "Ask what would help", "level": "h2"}),
            (
                "paragraph",
                "<p>A simple question changes a lot: “Do you want ideas, or do you want me to "
                "listen?” Both are kind. Guessing wrong is what hurts.</p>",
            ),
            (
                "questions",
                {
                    "heading": "Questions to ask yourself",
                    "questions": [
                        "When did I last feel properly listened to? What did the other person do?",
                        "Which conversations make me reach for solutions fastest?",
                        "What am I afraid will happen if I do not fix it?",
                    ],
                },
            ),
        ],
    },
    {
        "title": "When progress stalls: making room for setbacks",
        "slug": "making-room-for-setbacks",
        "intro": (
            "Change is rarely a straight line. Planning for the difficult weeks makes them "
            "part of the journey instead of the end of it."
        ),
        "days_ago": 31,
        "category": "goals-and-change",
        "tags": ["setbacks", "habits", "self-compassion"],
        "hero_alt": "Muted green hills of soft shapes under an evening sky",
        "palette": "sage",
        "body": [
            (
                "paragraph",
                "<p>Clients sometimes arrive at a session apologising: they missed their walks, "
                "skipped the journal, snapped at someone they love. We are glad they came. A "
                "setback is information, and it is usually the most useful kind.</p>",
            ),
            ("heading", {"text": "Look at the week, not at yourself", "level": "h2"}),
            (
                "paragraph",
                "<p>What was different about the week it went wrong? Less sleep, an unexpected "
                "deadline, a difficult phone call? Patterns in circumstances are easier to plan "
                "around than flaws in character.</p>",
            ),
            ("heading", {"text": "Shrink the step", "level": "h2"}),
            (
                "paragraph",
                "<p>If twenty minutes a day proved too much, try five. The aim is to keep the "
                "thread unbroken, not to prove anything.</p>",
            ),
            (
                "quote",
                {
                    "text": "The week that went badly taught me more than the three that went well.",
                    "attribution": "A client, reflecting on her goals",
                },
            ),
        ],
    },
    {
        "title": "Writing it down: how a journal supports therapy",
        "slug": "how-a-journal-supports-therapy",
        "intro": (
            "A few lines after a hard day can make the next session richer. Here is how to "
            "keep a journal that helps rather than becomes another chore."
        ),
        "days_ago": 38,
        "category": "coaching-and-counselling",
        "tags": ["journaling", "reflection", "counselling"],
        "hero_alt": "Pale blue and sand-coloured shapes, like pages spread on a desk",
        "palette": "sky",
        "body": [
            (
                "paragraph",
                "<p>Sessions are short and weeks are long. By the time you sit down with your "
                "coach or counsellor, Tuesday's insight may have faded. A journal keeps it.</p>",
            ),
            ("heading", {"text": "Keep it short", "level": "h2"}),
            (
                "paragraph",
                "<p>Three sentences are enough: what happened, how you felt, what you noticed. "
                "A mood score from one to ten adds a line you can chart over time.</p>",
            ),
            ("heading", {"text": "Use a prompt when the page is blank", "level": "h2"}),
            (
                "questions",
                {
                    "heading": "Prompts to start from",
                    "questions": [
                        "What gave me a little energy today?",
                        "If tonight a quiet change happened and the problem was gone, what would I notice first tomorrow?",
                        "What did I handle better than I would have a month ago?",
                    ],
                },
            ),
            ("heading", {"text": "You choose what to share", "level": "h2"}),
            (
                "paragraph",
                "<p>Some entries are for your coach; some are only for you. Both are worth "
                "writing. In our portal, every entry can be kept private with one switch.</p>",
            ),
        ],
    },
]

# Demo sign-ins: printed by seed_demo and `make run`; never used outside a demo database.
DEMO_PASSWORD = "tranquil-demo-2026"  # noqa: S105

PEOPLE = [
    # email, first, last, role
    ("owner@tranquil.example", "Olivia", "Hart", "owner"),
    ("editor@tranquil.example", "Ed", "Marsh", "editor"),
    ("coach@tranquil.example", "Cara", "Lane", "coach"),
    ("client.one@tranquil.example", "Sam", "Rivers", "client"),
    ("client.two@tranquil.example", "Priya", "Shah", "client"),
]

# Reader comments: (article slug, [comment]), each comment (name, email, body, replies).
# Replies by "Cara Lane" are posted as the author's account.
COMMENTS = [
    (
        "goals-you-will-still-care-about",
        [
            (
                "Maya",
                "maya@example.com",
                "The bit about goals belonging to someone else landed hard. I have been "
                "chasing a promotion for two years and I am not sure I even want it.",
                [
                    (
                        "Cara Lane",
                        "",
                        "That is a brave thing to notice, Maya. It might help to write down "
                        "what you hoped the promotion would give you. Sometimes the wish "
                        "underneath can be met another way.",
                        [
                            (
                                "Maya",
                                "maya@example.com",
                                "Recognition, mostly. I will think about that. Thank you.",
                                [],
                            )
                        ],
                    )
                ],
            ),
            (
                "Tom",
                "tom@example.com",
                "Planning for the bad week is the part I always skip. Going to try it this time.",
                [],
            ),
        ],
    ),
    (
        "listening-without-fixing",
        [
            (
                "Priya",
                "priya@example.com",
                "Asking whether someone wants ideas or just to be heard has changed how my "
                "partner and I talk after work. Such a small question.",
                [
                    (
                        "Cara Lane",
                        "",
                        "I am so glad. It feels almost too simple, and yet it works because "
                        "it hands the choice back to the other person.",
                        [],
                    )
                ],
            ),
        ],
    ),
]


PRIVACY = {
    "title": "Privacy notice",
    "slug": "privacy",
    "intro": "What we keep about you, why, for how long, and how to have it deleted.",
    "body": [
        ("heading", {"text": "What we keep", "level": "h2"}),
        (
            "paragraph",
            "<p>When you enrol we keep your name, how to reach you, what you would like help "
            "with and when suits you. We use it only to arrange your sessions. If you become a "
            "client, what you write in the portal is encrypted and seen by you, and by your "
            "coach only when you choose to share it.</p>",
        ),
        ("heading", {"text": "How long, and your rights", "level": "h2"}),
        (
            "paragraph",
            "<p>We keep an enrolment only while we need it to arrange sessions with you; ask "
            "and we delete it. Clients can download everything they wrote, or erase their "
            "account, from the portal. Write to us to see, correct or delete anything else "
            "we hold.</p>",
        ),
    ],
}

ENROL = {
    "title": "Enrol",
    "slug": "enrol",
    "intro": "<p>Tell us a little about what brings you here. We will reply within two working "
    "days to arrange a free first conversation, with no obligation to go on.</p>",
    "next_steps": "<p>We will email you within two working days to find a time for a free "
    "first conversation of twenty minutes. After it, you decide whether to book sessions.</p>",
}

OFFER = {
    "title": "New-year sessions",
    "description": "The first 14 people to enrol pay £50 a session instead of £80, for "
    "their first six sessions.",
    "places": 14,
    "offer_price": 50,
    "regular_price": 80,
}

# The demo clients' portal history, written for Tranquil. Days are counted back from today.
PORTAL = {
    "client.one@tranquil.example": {
        "session_allowance": 12,
        "sessions": [49, 35, 21, 7],
        "coping": ["A walk before lunch", "Ten slow breaths", "Texting a friend"],
        "goals": [
            {
                "title": "Be in bed by midnight on weeknights",
                "area": "health",
                "why": "Everything feels harder after a short night, and I snap at people I love.",
                "specific": "Lights out by midnight, Monday to Thursday.",
                "measurable": "I count the weeknights I make it, out of four.",
                "achievable": "I managed it for most of last spring. My partner is on board.",
                "relevant": "Better sleep is the ground the other changes stand on.",
                "target_days": 60,
                "measure_unit": "weeknights in bed by midnight",
                "measure_target": 4,
                "measure_values": [(42, 1), (35, 1), (28, 2), (21, 2), (14, 3), (7, 3)],
                "steps": [
                    ("Charge the phone in the kitchen", True),
                    ("Set a 'wind down' alarm for 23:00", True),
                    ("Swap the late series for a book", False),
                ],
                "feedback": "Three nights out of four is a real change. What made those "
                "three work, and what happened on the fourth?",
            },
            {
                "title": "Decide about the team lead role",
                "area": "decisions",
                "why": "I keep going round in circles and it is eating my evenings.",
                "specific": "Apply or decline by the closing date, and feel settled either way.",
                "target_days": 21,
                "steps": [
                    ("Write down what I would gain and lose", True),
                    ("Talk to Ana, who did the job last year", False),
                ],
            },
        ],
        "entries": [
            (
                54,
                "Starting out",
                "First week of writing things down. I am not sure what "
                "to say, so: I am tired, and I want to feel less tired.",
                4,
                True,
            ),
            (
                47,
                "A better Tuesday",
                "Went for the walk at lunch even though it rained. The afternoon was easier.",
                6,
                True,
            ),
            (
                40,
                "Not for sharing yet",
                "Some things about home I want to think through on my own first.",
                3,
                False,
            ),
            (
                33,
                "The job question",
                "Wrote the list of pros and cons. The cons are mostly fear, when I look at them.",
                5,
                True,
            ),
            (
                26,
                "Miracle question",
                "If it changed overnight, I would wake up before the "
                "alarm and not reach for the phone.",
                6,
                True,
            ),
            (
                19,
                "Slipped",
                "Two late nights in a row. Trying not to make it a story about being useless.",
                4,
                True,
            ),
            (
                12,
                "Back on track",
                "Three weeknights by midnight. I noticed I was kinder in the morning meeting.",
                7,
                True,
            ),
            (
                5,
                "Just mine",
                "A note to myself about my dad. Not ready to talk about it.",
                5,
                False,
            ),
        ],
        "checkins": 16,
        # Weekly questionnaires, oldest first: reliable improvement, and recovery, on both.
        "measures": {
            "phq-9": [16, 15, 13, 12, 11, 10, 9, 8],
            "gad-7": [13, 12, 11, 10, 9, 8, 7, 7],
        },
        "mood": (4, 7),
        "distress": (7, 3),
        "homework": [
            (
                "Three good things, each evening",
                "Before bed, write three things that "
                "went well and what you did to make them happen.",
                -10,
                "Harder than it sounds on bad days, but I did five evenings.",
            ),
            (
                "Ask Ana about the role",
                "A twenty-minute coffee is enough. Note what surprised you.",
                3,
                None,
            ),
        ],
    },
    "client.two@tranquil.example": {
        "session_allowance": 8,
        "sessions": [30, 16],
        "coping": ["Stepping outside for five minutes", "Writing it down"],
        "goals": [
            {
                "title": "Say no without apologising three times",
                "area": "relationships",
                "why": "I end up doing favours I resent, and then I resent myself.",
                "specific": "Decline one request a week plainly, with one 'sorry' at most.",
                "target_days": 45,
                "steps": [
                    ("Notice when I say yes too fast", True),
                    ("Practise a short 'no' with my coach", True),
                    ("Use it at work once", False),
                ],
            },
            {
                "title": "Run 5 km in under 35 minutes",
                "area": "health",
                "why": "Running is the one hour a week that is only mine.",
                "target_days": 90,
                "measure_unit": "minutes for 5 km",
                "measure_target": 35,
                "measure_direction": "down",
                "measure_values": [(49, 42), (35, 40), (21, 39), (7, 38)],
            },
        ],
        "entries": [
            (50, "Why I am here", "I want to stop feeling guilty for having limits.", 5, True),
            (
                36,
                "Said no!",
                "Told my manager I could not take the extra project. Nobody "
                "died. I apologised twice, not five times.",
                7,
                True,
            ),
            (22, "Private", "A long rant about my sister. Feels better out of my head.", 4, False),
            (8, "Steady", "A quiet week. I ran twice.", 6, True),
        ],
        "checkins": 8,
        "mood": (5, 6),
        "distress": (5, 4),
        "homework": [
            (
                "One plain 'no' this week",
                "Notice the urge to explain. Say it once, kindly, and stop.",
                2,
                None,
            ),
        ],
    },
}

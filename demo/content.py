"""Demo pages and articles, written for Tranquil.

Bodies are lists of (block type, value) pairs in the shape StreamField accepts, so the demo
exercises the same blocks editors use. The articles live in demo/articles/, one module each.
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

HOME_STEPS = [
    {
        "title": "A free first talk",
        "text": "Twenty minutes by phone or video to hear what brings you here. You decide "
        "afterwards, with no pressure either way.",
    },
    {
        "title": "A plan that is yours",
        "text": "In the first sessions you and your practitioner agree what you want to "
        "change, how you will notice it, and how often to meet.",
    },
    {
        "title": "Work between sessions",
        "text": "A private portal keeps your goals, journal and check-ins in one place, and "
        "you choose what your practitioner sees.",
    },
]

HOME_FAQ = [
    (
        "Do I need coaching or therapy?",
        "<p>Coaching suits you when you want to move towards something: a decision, a change "
        "at work, a habit. Counselling suits you when something from the past or a heavy "
        "feeling keeps getting in the way. Many people need a little of both, and the first "
        "talk is there to work it out together.</p>",
    ),
    (
        "How many sessions will I need?",
        "<p>Most people come for six to twelve sessions, weekly or fortnightly. We review "
        "together every few sessions, and you can stop whenever you choose.</p>",
    ),
    (
        "Is what I say kept private?",
        "<p>Yes. Your practitioner keeps what you say confidential, with the narrow "
        "exceptions our privacy notice explains, such as a serious risk to your life. Your "
        "portal entries are encrypted, and private ones are seen by you alone.</p>",
    ),
    (
        "What if I am in crisis?",
        "<p>We are not an emergency service. The crisis-support details at the foot of every "
        "page say who to call, at any hour.</p>",
    ),
]

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
    "description": "The first 14 people to enrol pay £50 a session instead of up to £65, "
    "for their first six sessions of coaching or counselling. The first session is paid "
    "when you enrol.",
    "places": 14,
    "offer_price": 50,
    "regular_price": 65,
    "payment": "deposit",
    "deposit": 50,
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

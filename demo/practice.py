"""The demo practice itself: who works here, what it offers and costs, what clients said,
and where and when it is open. Written for Tranquil; demo/seed_practice.py stores it.

Membership numbers are invented but shaped like the real bodies' numbers, and each
register link is the body's own public search page, as a real practitioner's would be.
The telephone number is in Ofcom's range kept for drama (0117 496 0000 to 0999), so it
can never ring anyone.
"""

from datetime import date

BACP_REGISTER = "https://www.bacp.co.uk/search/Register"
UKCP_REGISTER = "https://www.psychotherapy.org.uk/find-a-therapist/"
EMCC_REGISTER = "https://www.emccglobal.org/"

TEAM = {
    "title": "Our team",
    "slug": "team",
    "intro": (
        "Tranquil is two practitioners, not a call centre. Whoever you first speak to, you "
        "will work with one of us from start to finish. Both of us are registered with a "
        "professional body that sets standards for our work and hears complaints, and you "
        "can check each registration on that body's public register. We each have regular "
        "supervision, as our bodies require: someone experienced who helps us keep our work "
        "with you careful and safe."
    ),
}

PRACTITIONERS = [
    {
        "title": "Cara Lane",
        "slug": "cara-lane",
        "author_slug": "cara-lane",
        "portrait": "portrait-sage",
        "portrait_title": "Portrait of Cara Lane",
        "portrait_alt": "Illustration in place of a photograph of Cara Lane: a figure with "
        "long dark hair and a sage green jumper",
        "role": "Coach and counsellor",
        "summary": (
            "Cara has worked with adults for fifteen years, first as a counsellor and later "
            "as a coach. She helps people find the small, repeatable changes that make bigger "
            "ones possible, and be kinder to themselves along the way."
        ),
        "qualifications": [
            "MA in Counselling and Psychotherapy (integrative)",
            "Diploma in Person-Centred Counselling",
            "Postgraduate Certificate in Coaching Practice",
            "Certificate in Cognitive Behavioural Approaches",
        ],
        "registrations": [
            {
                "body": "BACP",
                "membership": "Registered Member MBACP (Accred)",
                "number": "384157",
                "register_url": BACP_REGISTER,
            },
            {
                "body": "EMCC",
                "membership": "EIA Senior Practitioner",
                "number": "EIA20190417",
                "register_url": EMCC_REGISTER,
            },
        ],
        "approach": (
            "<p>Most people who come to me already know a great deal about their lives. What "
            "they lack is room to think, and someone on their side while they do. I start by "
            "listening, and by asking what would tell you that our time together had been "
            "worth it.</p>"
            "<p>I trained first as a counsellor, so I am at ease with what is painful or "
            "muddled and does not fit a plan. From coaching I bring a liking for the "
            "practical: one small step between sessions, noticed and talked over the next "
            "time. Some clients want mostly one, some mostly the other, and most a bit of "
            "both. We decide together, and we can change our minds.</p>"
            "<p>Between sessions you can keep goals, a journal and check-ins in the Tranquil "
            "portal, and share with me only what you choose to. <i>None of it is "
            "required</i>: plenty of my clients simply come and talk.</p>"
        ),
        "specialisms": [
            "Stress and burnout",
            "Changes at work and in life",
            "Confidence and a harsh inner critic",
            "Setting goals you still care about in March",
        ],
        "languages": "English and French",
        "online": True,
        "in_person": True,
        "by_phone": False,
        "availability": "Monday to Thursday, mornings to early evening",
    },
    {
        "title": "Aled Pritchard",
        "slug": "aled-pritchard",
        "portrait": "portrait-ochre",
        "portrait_title": "Portrait of Aled Pritchard",
        "portrait_alt": "Illustration in place of a photograph of Aled Pritchard: a figure "
        "with short grey curls and a terracotta jumper",
        "role": "Counsellor and psychotherapist",
        "summary": (
            "Aled is a psychotherapist who works at an unhurried pace, in English or Welsh. "
            "He is often with people through grief, long illness and family strain, and "
            "offers longer, open-ended work as well as shorter pieces."
        ),
        "qualifications": [
            "MSc in Integrative Psychotherapy",
            "Postgraduate Diploma in Counselling",
            "Certificate in Bereavement Counselling",
            "Certificate in Clinical Supervision",
        ],
        "registrations": [
            {
                "body": "UKCP",
                "membership": "UKCP Registered Psychotherapist",
                "number": "2011159382",
                "register_url": UKCP_REGISTER,
            },
            {
                "body": "BACP",
                "membership": "Registered Member MBACP",
                "number": "512308",
                "register_url": BACP_REGISTER,
            },
        ],
        "approach": (
            "<p>My way of working is relational: I pay close attention to what happens "
            "between us in the room, because it often echoes what happens elsewhere in your "
            "life. I will not hand you a worksheet in the first session, and I will not "
            "hurry you towards feeling better before you are ready.</p>"
            "<p>Some people see me for a dozen sessions about one loss or one decision. "
            "Others come for a year or more, because what they carry took a long time to "
            "gather. We review how it is going every few weeks, so that you never stay "
            "longer than is useful to you.</p>"
            "<p>I grew up in Carmarthenshire and work in Welsh as readily as in English. "
            "If speaking on the phone is easier than a screen, or than travelling, that is "
            "fine with me.</p>"
        ),
        "specialisms": [
            "Grief and loss",
            "Living with long-term illness",
            "Relationships and family life",
            "Anxiety and low mood",
        ],
        "languages": "English and Welsh",
        "online": True,
        "in_person": True,
        "by_phone": True,
        "availability": "Tuesday to Friday during the day, and Saturday mornings",
    },
]

SERVICES_PAGE = {
    "title": "Services and fees",
    "slug": "services",
    "intro": (
        "Everything we offer and what it costs, before you write to anyone. Every new "
        "client starts with a free twenty-minute conversation; after it, you decide whether "
        "to book, with no pressure either way."
    ),
    "body": [
        ("heading", {"text": "Paying for sessions", "level": "h2"}),
        (
            "paragraph",
            "<p>You pay after each session, by card or bank transfer; we send a receipt "
            "either way. If the fee would stop you coming, tell us in your first "
            "conversation: we keep a few places each month at a lower fee, and nobody is "
            "asked to prove anything.</p>",
        ),
        (
            "paragraph",
            "<p>When an offer is open, such as a lower price for the first people to enrol, "
            "you will see it at the top of every page with the number of places left.</p>",
        ),
    ],
}

SERVICES = [
    {
        "name": "Free first consultation",
        "kind": "consultation",
        "summary": "Twenty minutes to ask your questions and see whether we are right for you.",
        "minutes": 20,
        "price": 0,
        "price_note": "free, with no obligation",
        "online": True,
        "in_person": False,
        "by_phone": True,
        "what_happens": (
            "<p>We talk by video or phone for about twenty minutes. You tell us a little "
            "about what brings you here and what you hope might change; we tell you how we "
            "work and answer anything you want to ask, fees and times included.</p>"
            "<p>You do not have to prepare, and you do not have to decide anything on the "
            "call. If we think someone else could help you better, we will say so and "
            "suggest where to look.</p>"
        ),
        "cancellation_policy": (
            "If the time no longer suits, let us know whenever you can and we will find "
            "another. There is never a charge."
        ),
        "sort_order": 10,
    },
    {
        "name": "Coaching session",
        "kind": "coaching",
        "summary": "Fifty minutes to get clear on what you want and take the next step.",
        "minutes": 50,
        "price": 60,
        "price_note": "per session",
        "online": True,
        "in_person": True,
        "by_phone": False,
        "what_happens": (
            "<p>Coaching looks forward. In the first session we agree what you would like "
            "to be different and how you will know it has changed. After that, each "
            "session starts with what has happened since the last one, and ends with one "
            "small step you have chosen for yourself.</p>"
            "<ul><li>Sessions are usually every two weeks, for six to ten sessions.</li>"
            "<li>You can meet us online or at our room in Bristol.</li>"
            "<li>If you like, you can keep your goals and notes in the client portal.</li>"
            "</ul>"
        ),
        "cancellation_policy": (
            "Move or cancel a session up to 24 hours before it starts at no cost. With less "
            "notice the full fee is due, unless illness or an emergency kept you away: tell "
            "us, and we will not charge."
        ),
        "sort_order": 20,
    },
    {
        "name": "Counselling session",
        "kind": "counselling",
        "summary": "Fifty minutes of confidential space to talk through what is hard.",
        "minutes": 50,
        "price": 65,
        "price_note": "per session",
        "online": True,
        "in_person": True,
        "by_phone": True,
        "what_happens": (
            "<p>Counselling gives you time to talk about what weighs on you, at your own "
            "pace, with someone trained to listen closely. The first session is mostly "
            "about getting to know you and agreeing how we will work together, including "
            "what stays confidential and the rare times it could not.</p>"
            "<ul><li>Sessions are weekly at the same time, which many people find "
            "steadying.</li>"
            "<li>Some people come for six sessions, others for much longer; we review "
            "together every few weeks.</li>"
            "<li>Sessions can be in person, online or by phone.</li></ul>"
            "<p>Counselling is not an emergency service. If you are in crisis, the support "
            "shown on every page of this site is there at any hour.</p>"
        ),
        "cancellation_policy": (
            "Move or cancel a session up to 48 hours before it starts at no cost, since a "
            "weekly time is kept for you alone. With less notice the full fee is due, "
            "unless illness or an emergency kept you away."
        ),
        "sort_order": 30,
    },
]

CONSENT = (
    "I agree that Tranquil may show these words on its website, {named}. I understand that "
    "nothing else about me or my sessions will be shown, and that I can withdraw this "
    "agreement at any time by writing to the practice, after which the words are taken down."
)

TESTIMONIALS = [
    {
        "quote": (
            "I arrived wanting to fix everything at once. Cara helped me pick one thing, "
            "then the next. Six months on, my weeks feel like mine again."
        ),
        "first_name": "Hannah",
        "last_name": "Moreton",
        "display_as": "first_name",
        "context": "Coaching client, 2026",
        "consent_wording": CONSENT.format(named="with my first name only"),
        "consent_date": date(2026, 6, 18),
        "sort_order": 10,
    },
    {
        "quote": (
            "After my dad died I did not know what I needed. Talking with Aled, in Welsh, "
            "felt like being allowed to be sad without having to explain myself."
        ),
        "first_name": "Gethin",
        "last_name": "Rowlands",
        "display_as": "initials",
        "context": "Counselling client, 2026",
        "consent_wording": CONSENT.format(named="with my initials only"),
        "consent_date": date(2026, 9, 2),
        "sort_order": 20,
    },
    {
        "quote": (
            "I was nervous about the free first call, but it was simply a friendly "
            "conversation. Nobody pushed me to book, which is exactly why I did."
        ),
        "first_name": "Priya",
        "last_name": "",
        "display_as": "anonymous",
        "context": "Counselling client",
        "consent_wording": CONSENT.format(named="without my name or initials"),
        "consent_date": date(2026, 10, 21),
        "sort_order": 30,
    },
]

PRACTICE = {
    "address": "First floor, 14 Linden Yard\nCotham\nBristol\nBS6 6QT",
    "area_served": "Bristol and nearby in person; anywhere in the UK online or by phone",
    "telephone": "0117 496 0521",
    "opening_hours": [
        {
            "days": ["Monday", "Tuesday", "Wednesday", "Thursday"],
            "opens": "09:00",
            "closes": "19:00",
        },
        {"days": ["Friday"], "opens": "09:00", "closes": "15:00"},
        {"days": ["Saturday"], "opens": "09:30", "closes": "12:30"},
    ],
}

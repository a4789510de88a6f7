"""Demo article: listening to someone close without rushing to solve their problem."""

ARTICLE = {
    "title": "Listening without fixing: a small change for close relationships",
    "slug": "listening-without-fixing",
    "intro": (
        "When someone we love is struggling, we rush to solve it. Often what they need first "
        "is to feel heard, and that takes a different kind of effort."
    ),
    "days_ago": 24,
    "category": "relationships",
    "tags": ["relationships", "listening", "communication"],
    "hero_scene": "bench-by-sea",
    "hero_alt": "Illustration: a wooden bench beneath a wind-bent tree on a grassy clifftop, "
    "facing a calm sea with a small sailing boat",
    "body": [
        (
            "paragraph",
            "<p>A partner comes home upset about work. Within a minute we are offering advice: "
            "speak to your manager, update your CV, try not to let it get to you. It comes "
            "from care, and it often lands as impatience. The other person goes quiet, or "
            "snaps, or says “forget it”, and we are left wondering what we did wrong when all "
            "we wanted was to help.</p>"
            "<p>This pattern is very common, between partners, friends, parents and grown-up "
            "children. It is rarely about a lack of love. More often it is about two people "
            "wanting different things from the same conversation, and neither of them quite "
            "saying so. A small change in how we listen can make a surprising difference.</p>",
        ),
        ("heading", {"text": "Why we rush to fix", "level": "h2"}),
        (
            "paragraph",
            "<p>Watching someone we care about in pain is uncomfortable. Offering a solution is "
            "one way of easing that discomfort, for them and for us. If the problem can be "
            "solved, the bad feeling can end. Many of us were also brought up to believe that "
            "being useful is how we show love, so holding back advice can feel almost "
            "neglectful.</p>"
            "<p>There is sometimes a quieter worry underneath too. If we simply listen, we may "
            "have to sit with feelings we cannot do anything about: their sadness, their anger, "
            "their fear. Fixing gives our hands something to do. Noticing this in ourselves, "
            "without judging it, is the first step towards choosing differently.</p>",
        ),
        ("heading", {"text": "What listening can do that advice cannot", "level": "h2"}),
        (
            "paragraph",
            "<p>When people feel properly heard, something often settles. They may find their "
            "own way to a decision, or realise the problem was not quite what they first "
            "thought. Even when nothing is solved, they know they are not alone with it, which "
            "can make the problem feel more manageable.</p>"
            "<p>Advice given too early can send a different message, even when it is good "
            "advice: that the feeling is a problem to be got rid of quickly, or that the other "
            "person has not thought of the obvious. Most of us have already considered the "
            "obvious. What we wanted was for someone to understand how it felt.</p>",
        ),
        (
            "image",
            {
                "scene": "consulting-room",
                "alt": "Illustration: two armchairs turned towards each other beside a small "
                "table with a glass of water and a box of tissues",
                "caption": "Listening well is something counsellors practise for years. At "
                "home it can start with turning your chair, and your attention, towards the "
                "other person.",
            },
        ),
        ("heading", {"text": "Reflect before you respond", "level": "h2"}),
        (
            "paragraph",
            "<p>Try repeating back the feeling you hear, in your own words: “It sounds like you "
            "felt overlooked,” or “That sounds exhausting.” You do not need to get it exactly "
            "right. If you are wrong, they will usually tell you, and the conversation moves "
            "closer to what matters.</p>"
            "<p>A few other things help:</p>"
            "<ul><li>Put your phone away and turn towards them, so they can see they have your "
            "attention.</li>"
            "<li>Leave pauses. Silence often gives the other person room to say the harder "
            "thing.</li>"
            "<li>Ask open questions, such as “What was the worst part?” or “How are you feeling "
            "about it now?”</li>"
            "<li>Resist comparing it with your own experience straight away, even if you mean "
            "well. There will be time for that later.</li></ul>",
        ),
        ("heading", {"text": "What it can sound like", "level": "h2"}),
        (
            "paragraph",
            "<p>Imagine a friend tells you their sister has cancelled a visit for the third "
            "time. The fixing reply might be: “You should just stop inviting her.” A listening "
            "reply might be: “Third time? That must be so disappointing. You were really "
            "looking forward to it.” Your friend may then say what is really bothering them: "
            "that they miss how close they used to be, and worry it is their fault.</p>"
            "<p>Neither reply is wrong, but only the second opens the door to that harder "
            "conversation. It also takes no special skill, only a moment's pause before you "
            "speak.</p>",
        ),
        ("heading", {"text": "Ask what would help", "level": "h2"}),
        (
            "paragraph",
            "<p>A simple question changes a lot: “Do you want ideas, or do you want me to "
            "listen?” Both are kind. Guessing wrong is what hurts. Some couples find it useful "
            "to agree a shorthand, so either of them can say at the start, “I just need to "
            "moan for ten minutes,” without it becoming a discussion.</p>"
            "<p>Sometimes the answer will be “I want ideas”, and that is fine. Listening first "
            "does not mean never helping. It means the help, when it comes, is more likely to "
            "fit, because you understand the problem from the inside rather than the "
            "outside.</p>",
        ),
        (
            "quote",
            {
                "text": "I used to think I was being supportive by having an answer for "
                "everything. Now I ask first. Our evenings are much calmer.",
                "attribution": "A client, after a few sessions of couples counselling",
            },
        ),
        ("heading", {"text": "When it is your turn to be heard", "level": "h2"}),
        (
            "paragraph",
            "<p>Listening works both ways. If you are the one who is struggling, it can help to "
            "say what you need before you begin: “I do not need you to fix this, I just want "
            "to tell you about my day.” This is not a criticism of the other person. It is "
            "giving them the information they need to support you well.</p>"
            "<p>And if you notice that you are the one who often feels unheard, that is worth "
            "naming too, gently and at a calm moment rather than in the middle of a "
            "disagreement.</p>",
        ),
        ("related", {"slug": "coping-with-anxious-thoughts"}),
        ("heading", {"text": "When listening is not enough", "level": "h2"}),
        (
            "paragraph",
            "<p>Being a good listener does not mean carrying everything alone. If someone close "
            "to you is struggling for a long time, or you are worried about their safety, it is "
            "right to encourage them to speak to their GP or another professional, and to look "
            "after your own wellbeing as well. If you are ever worried that someone is in "
            "immediate danger, the crisis-support details at the foot of every page on this "
            "site list who to contact straight away.</p>"
            "<p>Some patterns in relationships are hard to change on your own, especially when "
            "old hurts keep resurfacing. Couples counselling, or individual sessions for one of "
            "you, can offer a calmer space to understand what is happening and to try new ways "
            "of talking. Asking for that kind of help is not a sign that the relationship is "
            "failing. Often it is a sign of how much it matters.</p>",
        ),
        (
            "questions",
            {
                "heading": "Questions to ask yourself",
                "questions": [
                    "When did I last feel properly listened to? What did the other person do?",
                    "Which conversations make me reach for solutions fastest?",
                    "What am I afraid will happen if I do not fix it?",
                    "How could I let the people close to me know what I need when I am upset?",
                ],
            },
        ),
    ],
}

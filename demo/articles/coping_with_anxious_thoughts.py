"""Demo article: five practical ways to cope when anxious thoughts take over."""

ARTICLE = {
    "title": "Five ways to cope when anxious thoughts take over",
    "slug": "coping-with-anxious-thoughts",
    "intro": (
        "Anxious thoughts feel urgent and certain. These small, practical steps help you put a "
        "little distance between you and them, so you can choose what to do next."
    ),
    "days_ago": 17,
    "category": "coping",
    "tags": ["anxiety", "coping", "breathing"],
    "hero_scene": "lake-jetty",
    "hero_alt": "Illustration: a still lake in early light, with reeds in the foreground and a "
    "wooden jetty reaching out over the water",
    "body": [
        (
            "paragraph",
            "<p>Anxiety has a way of narrowing the world to a single worry. The thoughts arrive "
            "fast and sound convincing: what if I have got it wrong, what if something happens, "
            "what if I cannot cope. Your heart speeds up, your shoulders rise, and the rest of "
            "the day seems to fade behind the one thing you cannot stop turning over.</p>"
            "<p>You cannot switch anxious thoughts off, and trying to usually makes them "
            "louder. What you can change is how you respond to them. The five ideas below are "
            "simple on purpose. None of them is a cure, and none of them will work every time. "
            "Together they give you a few more choices in the moments when it feels as though "
            "you have none.</p>",
        ),
        ("heading", {"text": "Why anxious thoughts feel so convincing", "level": "h2"}),
        (
            "paragraph",
            "<p>Anxiety is part of an old alarm system. Its job is to spot danger quickly and "
            "get you ready to act, and it would rather be wrong a hundred times than miss one "
            "real threat. That is useful when a car pulls out in front of you. It is much less "
            "useful at three in the morning, when the danger is an email you have not answered "
            "or a conversation you keep replaying.</p>"
            "<p>When the alarm goes off, the thoughts that come with it feel like facts. They "
            "tend to jump to the worst outcome, underestimate how well you would handle it, and "
            "insist that you must solve everything right now. Knowing this does not make the "
            "feeling go away, but it can help you hold the thoughts a little more lightly. They "
            "are your mind trying to protect you, not a reliable forecast.</p>",
        ),
        ("heading", {"text": "Five things to try", "level": "h2"}),
        ("heading", {"text": "1. Name it", "level": "h3"}),
        (
            "paragraph",
            "<p>Say, silently or aloud: “I am having the thought that…” and finish the sentence. "
            "“I am having the thought that I will make a fool of myself tomorrow.” It sounds "
            "almost too simple, yet it turns a fact into an event in your mind, and events "
            "pass. Some people go one step further and give a familiar worry a name of its "
            "own: “Ah, here is the ‘everything will go wrong’ story again.”</p>"
            "<p>Naming is not the same as arguing. You do not have to prove the thought "
            "wrong. You are simply noticing it, which gives you a small step back from it.</p>",
        ),
        ("heading", {"text": "2. Slow the breath out", "level": "h3"}),
        (
            "paragraph",
            "<p>Breathe in gently through your nose for a count of four, and out through your "
            "mouth for a count of six, for two or three minutes. A longer out-breath is one of "
            "the few direct messages you can send to your body that it is safe enough to "
            "settle. If counting feels like another task to get right, just let each breath "
            "out be a little slower than the one before.</p>"
            "<p>Do not worry if it feels strange at first, or if your mind wanders straight "
            "back to the worry. That is normal. Each time you notice, return to the breath "
            "without telling yourself off.</p>",
        ),
        ("heading", {"text": "3. Come back to the room", "level": "h3"}),
        (
            "paragraph",
            "<p>Notice five things you can see, four you can hear, three you can touch, two "
            "you can smell and one you can taste. Take your time with each. Grounding does not "
            "argue with the worry; it gives your attention somewhere else to rest for a "
            "while.</p>"
            "<p>If that feels like too much, choose one sense. Press your feet into the floor "
            "and feel its weight. Hold something cool, like a glass of water, and notice the "
            "temperature in your hands. Small, physical things are often easier to reach than "
            "calm thoughts.</p>",
        ),
        (
            "image",
            {
                "scene": "window-seat",
                "alt": "Illustration: a cushioned window seat with pillows, a folded blanket "
                "and a mug, looking out over green hills",
                "caption": "A familiar corner, a warm drink and a view can all help your "
                "attention come back to the present.",
            },
        ),
        ("heading", {"text": "4. Schedule the worry", "level": "h3"}),
        (
            "paragraph",
            "<p>Give your worries an appointment: fifteen minutes at the same time each day, "
            "ideally not close to bedtime. When a worry turns up early, jot it down in a few "
            "words and tell yourself you will give it proper attention at the appointed time. "
            "Then turn back to what you were doing.</p>"
            "<p>When the worry time comes, read your list. Many items will have shrunk or "
            "faded by then. For the ones that remain, ask whether there is one small thing you "
            "can do about them. If there is, plan it. If there is not, practise letting it sit "
            "on the page until tomorrow. It can take a couple of weeks to get used to this, so "
            "be patient with yourself.</p>",
        ),
        ("heading", {"text": "5. Keep a note of what helped", "level": "h3"}),
        (
            "paragraph",
            "<p>Anxiety has a poor memory for good news. After a hard moment has passed, write "
            "a line or two: what set it off, what you tried and how it went. A score from one "
            "to ten for how anxious you felt at the start and at the end can be surprisingly "
            "useful.</p>"
            "<p>Over a few weeks this short record becomes your own evidence that the wave "
            "passes, and that some things help you more than others. It is also something "
            "valuable to bring to a coach or counsellor if you decide to talk to someone.</p>",
        ),
        ("heading", {"text": "Be kind to yourself in the moment", "level": "h2"}),
        (
            "paragraph",
            "<p>On some days none of these will seem to make much difference. That is not a "
            "sign that you are doing it wrong. Anxiety rises and falls for all sorts of "
            "reasons: poor sleep, too much caffeine, hunger, stress building up in the "
            "background. Sometimes the kindest thing is simply to say, “This is a hard "
            "moment, and it will pass,” and to do one ordinary thing, like making a drink or "
            "stepping outside for a few minutes.</p>"
            "<p>It can also help to notice what you avoid because of anxiety. Avoiding things "
            "brings quick relief, but over time the list of things that feel impossible can "
            "grow. Small, gentle steps towards what you have been avoiding, taken at your own "
            "pace, are often where real change begins. This is work that many people find "
            "easier with support.</p>",
        ),
        ("heading", {"text": "When to seek more help", "level": "h2"}),
        (
            "paragraph",
            "<p>Everyone feels anxious sometimes. It may be time to talk to someone if anxiety "
            "is present most days, if it is getting in the way of work, sleep or "
            "relationships, or if you find yourself organising your life around avoiding it. "
            "Physical symptoms that worry you, such as chest pain or a racing heart, are worth "
            "checking with your GP, both for your peace of mind and to rule out other "
            "causes. Chest pain that is sudden or severe always needs urgent medical help, "
            "whatever you think the cause might be.</p>"
            "<p>Your GP can also talk through options with you, which may include talking "
            "therapies in your area. Counselling can offer a steady place to understand where "
            "your anxiety comes from and to practise new ways of responding, at a pace that "
            "feels manageable. You do not have to wait until things are unbearable before "
            "asking for help.</p>"
            "<p>If you ever feel unable to keep yourself safe, or your thoughts turn to harming "
            "yourself, please do not wait for an appointment. The crisis-support details at "
            "the foot of every page on this site list who to contact straight away.</p>",
        ),
        (
            "questions",
            {
                "heading": "Questions to ask yourself",
                "questions": [
                    "When do anxious thoughts tend to arrive for me, and what is usually going "
                    "on at the time?",
                    "Which of these five ideas feels easiest to try this week?",
                    "What have I stopped doing because of anxiety, and do I miss it?",
                    "Who could I tell about how I have been feeling?",
                    "What would I say to a friend who was feeling this way?",
                ],
            },
        ),
    ],
}

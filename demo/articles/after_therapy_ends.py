"""Demo article: ending therapy well and keeping its gains afterwards."""

ARTICLE = {
    "title": "When therapy ends: keeping what you learned",
    "slug": "after-therapy-ends",
    "intro": (
        "The last session is not the end of the work, only the end of doing it together. A "
        "little planning helps you keep what you learned when the weekly hour is gone."
    ),
    "days_ago": 21,
    "category": "coaching-and-counselling",
    "tags": ["endings", "therapy", "maintenance"],
    "hero_scene": "lighthouse-dusk",
    "hero_alt": "Illustration: a lighthouse on a headland at dusk, its light reaching out over "
    "a calm sea",
    "body": [
        (
            "paragraph",
            "<p>Endings in therapy can bring up mixed feelings. There may be pride in how far "
            "you have come, relief at having a free evening again, and also a quiet worry: "
            "what if things slip once there is nobody to check in with each week? All of "
            "these are normal, often at the same time.</p>"
            "<p>The good news is that what you learned in therapy belongs to you. The insights, "
            "the new habits and the kinder ways of talking to yourself do not stay behind in "
            "the room. But like any skill, they last better with a little care. This article "
            "looks at how to end well and how to keep going afterwards.</p>",
        ),
        ("heading", {"text": "An ending is part of the work", "level": "h2"}),
        (
            "paragraph",
            "<p>Many of us have had endings that were sudden, painful or never talked about. A "
            "planned ending in therapy can be a different experience: one where you know it is "
            "coming, have time to say what it means, and leave on good terms. For some people "
            "that alone is quietly healing.</p>"
            "<p>If you can, agree the date of your last session a few weeks ahead rather than "
            "stopping abruptly. It gives you room to notice how you feel about finishing and "
            "to bring those feelings into the sessions that remain. It is fine to feel sad, "
            "or to feel nothing much at all.</p>",
        ),
        ("heading", {"text": "When the ending is not your choice", "level": "h2"}),
        (
            "paragraph",
            "<p>Not every ending is planned. You might move away, your circumstances or "
            "finances might change, or your therapist might be leaving or taking a long break. "
            "An ending you did not choose can feel unfair, and it may stir up older losses "
            "too. It is fine to say so in the sessions you have left.</p>"
            "<p>Even a short notice period can be used well. Ask for at least one session "
            "focused on the ending itself, and ask your therapist whether they can suggest "
            "other practitioners or services if you would like to carry on with someone "
            "else. If you are continuing elsewhere, you can take your own notes about what "
            "helped with you, so you are not starting from a blank page.</p>",
        ),
        ("heading", {"text": "Look back before you look ahead", "level": "h2"}),
        (
            "paragraph",
            "<p>Use your last few sessions to review the journey with your therapist. What "
            "brought you in at the start? What has changed since then, in your life and in how "
            "you respond to it? Which moments or ideas made the biggest difference?</p>"
            "<p>It can help to write your answers down, in your own words, while they are "
            "fresh. A single page is enough. Some people write it as a letter to their future "
            "self, to be opened on a hard day. Others prefer a simple list: what I learned, "
            "what helps, what to watch out for. Whatever form it takes, it turns months of "
            "conversations into something you can hold on to.</p>",
        ),
        (
            "image",
            {
                "scene": "bench-by-sea",
                "alt": "Illustration: a wooden bench under a tree on a grassy clifftop, "
                "looking out to sea",
                "caption": "Some people keep a regular quiet hour for themselves after therapy "
                "ends, somewhere they can think things over.",
            },
        ),
        ("heading", {"text": "Keep the practices that helped", "level": "h2"}),
        (
            "paragraph",
            "<p>Most therapy includes a handful of things you did between sessions: a breathing "
            "exercise, a journal, a walk when your thoughts start racing, a way of catching "
            "and questioning a harsh inner voice. These tend to fade first once sessions stop, "
            "simply because nobody asks about them any more.</p>"
            "<ul><li>Choose two or three practices that made the most difference, rather than "
            "trying to keep everything.</li>"
            "<li>Link each one to a regular moment in your week, such as Sunday evening or "
            "your commute.</li>"
            "<li>Keep them small enough to manage on a difficult day.</li>"
            "<li>Notice when you drift, and come back without criticising yourself.</li></ul>"
            "<p>You might also keep the weekly hour you used for therapy as time for yourself. "
            "It does not need to be anything special: a walk, a quiet coffee, ten minutes with "
            "your journal. What matters is that it is a regular pause to check in with how "
            "you are.</p>",
        ),
        (
            "quote",
            {
                "text": "I was afraid it would all disappear when we stopped meeting. It did "
                "not. I just had to learn to be the one who asks the questions.",
                "attribution": "A client, a few months after finishing counselling",
            },
        ),
        ("heading", {"text": "Know your early warning signs", "level": "h2"}),
        (
            "paragraph",
            "<p>Life will bring hard weeks, and some old patterns may return for a while. That "
            "does not mean therapy did not work. It usually means you are under strain, and "
            "the difference now is that you are more likely to notice sooner.</p>"
            "<p>With your therapist, or on your own, make a short list of the signs that tell "
            "you things are starting to slide. Perhaps you stop replying to friends, sleep "
            "badly for several nights, or hear that familiar critical voice getting louder. "
            "Next to each sign, write one thing you could do in response: tell someone you "
            "trust, go back to a practice that helped, take something off your plate. Having "
            "it written down means you do not have to think clearly at exactly the moment "
            "when thinking clearly is hardest.</p>",
        ),
        ("heading", {"text": "Going back is not starting again", "level": "h2"}),
        (
            "paragraph",
            "<p>Some people return to therapy months or years later, after a loss, a big "
            "change or simply a season of struggling. That is not a sign of failure. It is "
            "using a resource that helped before. Often the work goes more quickly the second "
            "time, because you already know yourself better and know what helps.</p>"
            "<p>Before you finish, it is worth asking your therapist how returning would work: "
            "whether you can get back in touch with them directly, and whether a single "
            "check-in session is possible. Knowing the door is open can make the ending feel "
            "less final.</p>"
            "<p>If things ever feel more than you can manage, please do not wait for a planned "
            "appointment. Speak to your GP, or use the crisis-support details at the foot of "
            "every page on this site, which list who to contact straight away.</p>",
        ),
        ("heading", {"text": "Carry on being curious", "level": "h2"}),
        (
            "paragraph",
            "<p>Perhaps the most lasting thing therapy offers is a habit of curiosity about "
            "yourself: asking what a feeling might be telling you rather than pushing it away. "
            "That habit can keep growing long after the last session, through reading, "
            "journalling, conversations with people you trust, or simply by noticing, with a "
            "little kindness, how you are getting on.</p>"
            "<p>You have done something worthwhile. Give yourself credit for it, and give "
            "yourself time: the changes you made will keep settling in for months to come.</p>",
        ),
        ("newsletter", {}),
    ],
}

"""Demo article: planning for setbacks so a bad week does not end the change you want."""

ARTICLE = {
    "title": "When progress stalls: making room for setbacks",
    "slug": "making-room-for-setbacks",
    "intro": (
        "Change is rarely a straight line. Planning for the difficult weeks makes them part of "
        "the journey instead of the end of it."
    ),
    "days_ago": 31,
    "category": "goals-and-change",
    "tags": ["setbacks", "habits", "self-compassion"],
    "hero_scene": "dawn-hills",
    "hero_alt": "Illustration: a sandy path winding over green hills towards a low sun at "
    "dawn, with a post-and-wire fence beside it",
    "body": [
        (
            "paragraph",
            "<p>Clients sometimes arrive at a session apologising. They missed their walks, "
            "skipped the journal, snapped at someone they love, or spent a whole weekend doing "
            "exactly the thing they had hoped to stop. They expect us to be disappointed. We "
            "are glad they came. A setback is information, and it is usually the most useful "
            "kind.</p>"
            "<p>Almost everyone who sets out to change something hits a week when it all seems "
            "to fall apart. What makes the difference is rarely whether that week happens. It "
            "is what we do next: whether we treat it as proof that we cannot change, or as a "
            "part of the process we can learn from.</p>",
        ),
        ("heading", {"text": "Why setbacks are part of change", "level": "h2"}),
        (
            "paragraph",
            "<p>Old habits are well worn. They have had years of practice, and they come back "
            "most easily when we are tired, stressed or unwell, which is exactly when we have "
            "the least energy to resist them. A new way of doing things, however much we want "
            "it, is still fragile in the early months.</p>"
            "<p>So it makes sense that progress tends to look less like a staircase and more "
            "like a walk over hills: long climbs, a few dips, the occasional stretch where you "
            "seem to be going backwards. If you look at a single week, a dip can feel like "
            "failure. If you look at three months, it is often just the shape of the path.</p>",
        ),
        ("heading", {"text": "Look at the week, not at yourself", "level": "h2"}),
        (
            "paragraph",
            "<p>When things go wrong, the first reaction is often to blame ourselves: I am lazy, "
            "I have no willpower, I always do this. Those conclusions are painful, and they are "
            "also not much use, because there is no obvious next step from “I am hopeless”.</p>"
            "<p>A more helpful question is what was different about the week it went wrong. "
            "Less sleep, an unexpected deadline, a difficult phone call, a visit from family, "
            "the anniversary of a loss? Patterns in circumstances are much easier to plan "
            "around than flaws in character. You might notice, for instance, that your evening "
            "walks disappear whenever work runs late, or that old habits creep back in the "
            "days after a hard conversation.</p>",
        ),
        ("heading", {"text": "Shrink the step", "level": "h2"}),
        (
            "paragraph",
            "<p>If twenty minutes a day proved too much, try five. If writing every evening "
            "felt like a chore, try a single line. The aim is to keep the thread unbroken, not "
            "to prove anything. A tiny step you actually take is worth far more than an "
            "ambitious one you keep putting off.</p>"
            "<p>Shrinking a step can feel like giving up, but it is closer to the opposite. It "
            "keeps you in contact with the change you want, and once the smaller step feels "
            "steady you can build it back up. Many people find that the small version carries "
            "them through the hard weeks, and the bigger version returns on its own when life "
            "eases.</p>",
        ),
        (
            "image",
            {
                "scene": "stepping-stones",
                "alt": "Illustration: a line of flat stepping stones crossing a winding stream "
                "between grassy banks",
                "caption": "Progress often comes one stone at a time. Smaller steps are still "
                "steps across.",
            },
        ),
        ("heading", {"text": "Plan for the difficult week in advance", "level": "h2"}),
        (
            "paragraph",
            "<p>It is much easier to decide what to do in a bad week while you are having a "
            "good one. Some people find it helpful to write a short plan, sometimes called an "
            "“if, then” plan, for the situations they already know are tricky:</p>"
            "<ul><li>If I get home too tired to cook, then I will have something simple I can "
            "heat up in the freezer.</li>"
            "<li>If I miss my morning walk, then I will take a ten-minute walk at lunchtime "
            "instead.</li>"
            "<li>If I have a day when I do not write anything, then I will write one line the "
            "next morning, without trying to catch up.</li></ul>"
            "<p>The last one matters. Trying to make up for lost days often turns a missed "
            "habit into an overwhelming one. Starting again from where you are is almost "
            "always the better choice.</p>",
        ),
        ("heading", {"text": "Talk to yourself as you would to a friend", "level": "h2"}),
        (
            "paragraph",
            "<p>Harsh self-criticism can feel like it keeps us in line, but it more often "
            "leaves us discouraged and more likely to give up. Self-compassion is not letting "
            "yourself off the hook. It is treating yourself with the same understanding you "
            "would offer a friend who was struggling: acknowledging that this is hard, that "
            "you are not the only one who finds it hard, and that you deserve support while "
            "you keep trying.</p>"
            "<p>If you notice a critical voice after a setback, try writing down what it says, "
            "then writing a reply as if to someone you care about. It may feel awkward at first. "
            "With practice, the kinder voice tends to get a little louder.</p>",
        ),
        (
            "quote",
            {
                "text": "The week that went badly taught me more than the three that went well.",
                "attribution": "A client, reflecting on her goals",
            },
        ),
        ("heading", {"text": "Keep a record of the good weeks too", "level": "h2"}),
        (
            "paragraph",
            "<p>Setbacks are memorable; steady progress is easy to forget. A few words at the "
            "end of each week about what went well, however small, give you something to look "
            "back on when a hard week arrives. “Walked three times.” “Said no to an extra "
            "shift and did not feel guilty for long.” Reading these back can be a useful "
            "reminder that one difficult week does not cancel out the ones before it.</p>",
        ),
        ("heading", {"text": "When a setback is a signal", "level": "h2"}),
        (
            "paragraph",
            "<p>Sometimes a stall is telling you something important. The goal may no longer "
            "fit your life, or it may have belonged to someone else's idea of who you should "
            "be. It is fine to adjust a goal, or to put it down for a while, if that is what "
            "reflection shows you. That is not failure; it is paying attention.</p>"
            "<p>At other times a setback can be a sign that something else needs care first. "
            "If a bad week stretches into several, if your mood stays low, or if you are "
            "finding it hard to manage everyday life, please speak to your GP or a counsellor. "
            "And if you ever feel unsafe, the crisis-support details at the foot of every page "
            "on this site list who to contact straight away.</p>"
            "<p>Whatever the reason for the stall, you do not have to work it out alone. "
            "Bringing a setback to a coaching or counselling session is one of the most useful "
            "things you can do. It is where a lot of the real work happens.</p>",
        ),
    ],
}

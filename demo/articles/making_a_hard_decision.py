"""Demo article: making a hard decision at a steady pace, guided by what matters to you."""

ARTICLE = {
    "title": "Making a hard decision without rushing it",
    "slug": "making-a-hard-decision",
    "intro": (
        "Big decisions rarely come with a right answer at the back of the book. A little "
        "structure, and permission to take your time, can help you choose in a way you can "
        "live with."
    ),
    "days_ago": 17,
    "category": "goals-and-change",
    "tags": ["decisions", "values", "uncertainty"],
    "hero_scene": "window-seat",
    "hero_alt": "Illustration: a quiet window seat with cushions and a mug of tea, looking out "
    "over hills at sunrise",
    "body": [
        (
            "paragraph",
            "<p>Should I take the new job or stay where I am? Is it time to end this "
            "relationship, or to work on it? Do we move closer to family, or keep the life we "
            "have built here? Decisions like these can sit with us for months. We go round "
            "and round the same arguments, ask everyone we know, and still feel no closer to "
            "an answer.</p>"
            "<p>In coaching, hard decisions are one of the most common things people bring. "
            "What we see again and again is that the difficulty is rarely a lack of "
            "information. It is that both options matter, both carry a cost, and choosing one "
            "means letting go of the other. This article offers a few ways to make that "
            "choice more steadily, without pretending it can be made easy.</p>",
        ),
        ("heading", {"text": "Why some decisions feel impossible", "level": "h2"}),
        (
            "paragraph",
            "<p>Easy decisions have a clear winner. Hard ones usually involve two reasonable "
            "paths, each with real advantages, and an uncertain future that no amount of "
            "research can fully reveal. On top of that, big choices often touch our sense of "
            "who we are: a good parent, a loyal friend, someone who does not give up. That is "
            "why they can feel so heavy.</p>"
            "<p>Anxiety can make things harder still. It tends to push for certainty and speed: "
            "decide now, so the uncomfortable feeling stops. Or it pushes the other way, "
            "towards endless postponing, in the hope that a perfect option will appear. "
            "Neither tends to lead to choices we feel good about later.</p>",
        ),
        ("heading", {"text": "Give the decision a timeframe", "level": "h2"}),
        (
            "paragraph",
            "<p>“Without rushing” does not mean “without end”. A decision left completely open "
            "can take up a great deal of space in your mind. It often helps to ask: when does "
            "this actually need to be decided? Sometimes there is a real deadline, such as a "
            "job offer that needs an answer by Friday. Sometimes there is none, and you can "
            "choose a date that feels reasonable, such as the end of the month.</p>"
            "<p>Knowing that you have until a certain point can be a relief. It gives you "
            "permission to stop trying to solve it at two in the morning, and it means the "
            "thinking you do in the meantime has a purpose.</p>",
        ),
        ("heading", {"text": "Start with what matters to you", "level": "h2"}),
        (
            "paragraph",
            "<p>Lists of pros and cons can be useful, but they treat every point as if it "
            "weighed the same. A shorter commute and being near your closest friend are not "
            "the same size of thing. Before weighing the options, it helps to step back and "
            "ask what you care about most at this point in your life. Security? Freedom? "
            "Time with the people you love? Work that feels meaningful? Your health?</p>"
            "<p>Try writing down three to five values that feel most important right now, in "
            "your own words. Then look at each option and ask how well it serves each of them. "
            "This rarely produces a neat answer, but it often shows you which option is more "
            "in line with the person you want to be, and which worries are loud but, in the "
            "end, less important.</p>",
        ),
        (
            "image",
            {
                "scene": "forest-path",
                "alt": "Illustration: a sandy path winding through a pine wood towards a "
                "clearing filled with soft morning light",
                "caption": "You do not need to see the whole path to take the next step. "
                "Often the way becomes clearer as you walk.",
            },
        ),
        ("heading", {"text": "Try each option on for size", "level": "h2"}),
        (
            "paragraph",
            "<p>Our feelings often know things that our lists do not. One way to reach them is "
            "to spend a day, or even an hour, imagining you have already chosen one option. "
            "Live with it in your mind. How does your body feel? Is there relief, or a "
            "sinking feeling, or something more mixed? The next day, try the other option and "
            "notice the difference.</p>"
            "<p>Another approach is to imagine yourself a year or five years from now, "
            "looking back. Which choice do you think you would be more at peace with, even if "
            "it turned out to be harder? Which would you regret not having tried? Feelings are "
            "not the only guide, but they are worth listening to alongside the facts.</p>",
        ),
        ("heading", {"text": "Talk it through, but choose for yourself", "level": "h2"}),
        (
            "paragraph",
            "<p>Talking to people you trust can help you hear your own thinking more clearly. "
            "It is worth noticing, though, that everyone brings their own hopes and fears to "
            "your decision. A parent may want you close by; a friend may have made a similar "
            "choice and want to feel it was right. Their views are worth hearing, and they are "
            "still theirs.</p>"
            "<p>A coach or counsellor can offer something a little different: a space to think "
            "aloud with someone who has no stake in which way you go. Their role is not to "
            "tell you what to do, but to help you notice what you already know and what is "
            "holding you back.</p>",
        ),
        ("heading", {"text": "Living with uncertainty", "level": "h2"}),
        (
            "paragraph",
            "<p>However carefully you decide, you cannot know for sure how things would have "
            "turned out the other way. That uncertainty is not a sign that you chose badly; "
            "it is part of every real choice. A good decision is one made thoughtfully, with "
            "the information and understanding you had at the time. Its outcome depends on "
            "many things outside your control.</p>"
            "<p>Some decisions can also be made in stages. Could you try something for a set "
            "period before committing? Talk to someone already doing the job you are "
            "considering? Spend a long weekend in the town you might move to? Small "
            "experiments can turn a huge, frightening leap into a series of steps you can "
            "learn from.</p>"
            "<p>And once you have decided, be gentle with yourself if doubts return. They "
            "usually do, especially in the first weeks. Doubt does not mean you got it wrong; "
            "it means the choice mattered.</p>",
        ),
        ("heading", {"text": "When the weight is too much", "level": "h2"}),
        (
            "paragraph",
            "<p>Sometimes the difficulty of a decision is tangled up with something else: low "
            "mood, grief, a relationship where you do not feel safe, or anxiety that makes "
            "every choice feel impossible. If that sounds familiar, it may help to look after "
            "that first, with support from your GP or a counsellor, before making any big "
            "changes. If you are ever in immediate danger or feel unable to keep yourself safe, "
            "the crisis-support details at the foot of every page on this site list who to "
            "contact straight away.</p>",
        ),
        (
            "questions",
            {
                "heading": "Questions to ask yourself",
                "questions": [
                    "When does this decision really need to be made?",
                    "Which three or four things matter most to me at this point in my life?",
                    "How do I feel when I imagine having already chosen each option?",
                    "Whose voice am I hearing when I think about what I should do?",
                    "Is there a small experiment that could help me learn more before I commit?",
                ],
            },
        ),
        ("newsletter", {}),
    ],
}

"""Demo article: how coaching and counselling differ, and how to choose between them."""

ARTICLE = {
    "title": "Coaching or counselling: which one do you need?",
    "slug": "coaching-or-counselling",
    "intro": (
        "Coaching looks forward to what you want to build; counselling often looks at what "
        "is weighing on you now. Many people need a little of both."
    ),
    "days_ago": 10,
    "category": "coaching-and-counselling",
    "tags": ["coaching", "counselling", "first-session"],
    "hero_scene": "stepping-stones",
    "hero_alt": "Illustration: stepping stones crossing a gentle stream between grassy banks",
    "body": [
        (
            "paragraph",
            "<p>People often ask us which service to book. The honest answer is that the line "
            "between them is softer than the names suggest, but there are differences worth "
            "knowing. Understanding them can help you choose a practitioner with the right "
            "training, know what to expect from the first few sessions, and notice if the "
            "work you are doing has stopped fitting what you need.</p>"
            "<p>This is a general guide rather than advice about your own situation. If you "
            "are unsure, the simplest step is to tell us what is going on and ask.</p>",
        ),
        ("heading", {"text": "Coaching", "level": "h2"}),
        (
            "paragraph",
            "<p>Coaching suits you when you are broadly coping and want to move towards "
            "something: a career change, a habit, a decision you keep postponing. Sessions are "
            "practical. You set goals, try things between sessions and review what "
            "happened.</p>"
            "<p>A coach assumes you are the expert on your own life. Their job is to ask "
            "questions that sharpen your thinking, notice patterns you might miss, and hold "
            "you gently to the things you said mattered. Coaching is usually shorter than "
            "counselling, often a set number of sessions with a clear aim agreed at the "
            "start.</p>",
        ),
        ("heading", {"text": "Counselling", "level": "h2"}),
        (
            "paragraph",
            "<p>Counselling suits you when something is hurting: grief, anxiety, low mood, a "
            "relationship that has become painful. The pace is gentler. There is room to talk "
            "about the past when it shapes the present, and the aim is often to understand "
            "and to feel steadier before planning anything.</p>"
            "<p>Counsellors and psychotherapists are trained to work with strong feelings and "
            "with experiences that are hard to put into words. You do not need to arrive with "
            "a goal or a plan. Often the first task is simply to have somewhere safe to say "
            "what has been happening, and to be heard without being hurried towards a "
            "solution.</p>",
        ),
        ("heading", {"text": "How the sessions feel different", "level": "h2"}),
        (
            "paragraph",
            "<p>From the outside, both look like two people talking in a quiet room or on a "
            "video call. The differences show up in the rhythm of the work:</p>"
            "<ul><li><b>Focus.</b> Coaching tends to start from where you want to be. "
            "Counselling tends to start from where you are, including the parts that "
            "hurt.</li>"
            "<li><b>Between sessions.</b> Coaching usually involves agreed actions to try "
            "before you next meet. Counselling may include small exercises, but reflection "
            "and rest count as much as doing.</li>"
            "<li><b>Length.</b> Coaching is often a short, planned programme. Counselling may "
            "be short too, or open-ended when there is more to work through.</li>"
            "<li><b>The past.</b> A coach will mostly keep to the present and future. A "
            "counsellor will follow you into the past when it helps to make sense of "
            "now.</li></ul>",
        ),
        (
            "image",
            {
                "scene": "consulting-room",
                "alt": "Illustration: two armchairs facing each other beside a small table and "
                "a floor lamp in a calm room",
                "caption": "Both kinds of session happen in the same kind of room. What "
                "differs is where the conversation goes.",
            },
        ),
        ("heading", {"text": "Training and registration to look for", "level": "h2"}),
        (
            "paragraph",
            "<p>In the UK, “counsellor”, “psychotherapist” and “coach” are not protected "
            "titles, so anyone can use them. That makes it worth checking a practitioner's "
            "training and membership of a professional body before you begin. Membership "
            "usually means they have agreed to a code of ethics and that you could take a "
            "complaint to someone other than the practitioner themselves.</p>"
            "<p>For counselling and psychotherapy, look for membership of the British "
            "Association for Counselling and Psychotherapy (BACP) or the UK Council for "
            "Psychotherapy (UKCP). Both keep public registers you can search by name. If you "
            "see a practitioner psychologist, such as a counselling or clinical psychologist, "
            "they should be registered with the Health and Care Professions Council (HCPC), "
            "which also has a public register.</p>"
            "<p>Coaching has no single regulator. Well-trained coaches often hold "
            "accreditation from the European Mentoring and Coaching Council (EMCC), the "
            "International Coaching Federation (ICF) or the Association for Coaching (AC). "
            "Each sets standards of training and practice and publishes a code of ethics.</p>"
            "<p>A good practitioner will be glad to tell you which body they belong to and "
            "how to check. If someone is vague about it, that is worth noticing.</p>",
        ),
        ("heading", {"text": "When you are not sure", "level": "h2"}),
        (
            "paragraph",
            "<p>You do not need to decide alone. Tell us what is going on and we will suggest "
            "a starting point. Some clients begin with counselling and move to coaching once "
            "the ground feels firmer.</p>"
            "<p>As a rough guide, counselling is often the kinder place to begin if you are "
            "finding ordinary days hard to get through, if you keep returning to a loss or a "
            "painful experience, or if your sleep, appetite or mood have changed for weeks. "
            "Coaching may fit better if you feel broadly well but stuck, and you can name "
            "something specific you would like to change.</p>"
            "<p>If you are struggling a great deal, your GP is also a good first call, and "
            "they can tell you about support available through the NHS. And if you ever feel "
            "unsafe, please do not wait for an appointment with anyone: the crisis-support "
            "details at the foot of every page on this site list who to contact straight "
            "away.</p>",
        ),
        ("heading", {"text": "Working with both", "level": "h2"}),
        (
            "paragraph",
            "<p>Life rarely sorts itself into neat categories. Someone planning a career "
            "change may find old fears about failing rising up. Someone recovering from a "
            "difficult year may reach the point where they want to plan what comes next. "
            "Where a practitioner is trained in both, the work can shift with you, from "
            "understanding to planning and back again, without starting over with a "
            "stranger.</p>"
            "<p>If you work this way, it helps to talk openly about the shift when it happens. "
            "Your practitioner should say when they think the emphasis is changing and check "
            "that it suits you. You are always allowed to say “I am not ready for that yet”.</p>",
        ),
        ("heading", {"text": "Questions for a first consultation", "level": "h2"}),
        (
            "paragraph",
            "<p>Many practitioners offer a short first conversation before you commit to "
            "anything; ours is free and takes about twenty minutes. It is as much a chance "
            "for you to decide about them as the other way round. Feeling comfortable with "
            "the person matters a great deal, so trust your sense of whether you could talk "
            "to them honestly.</p>",
        ),
        (
            "questions",
            {
                "heading": "Questions you might ask",
                "questions": [
                    "What training do you have, and which professional body are you a member of?",
                    "How would you describe the way you work with someone like me?",
                    "How many sessions do people usually have, and how do we decide when to stop?",
                    "What happens if I feel the work is not helping?",
                    "What do you keep confidential, and when might you need to share something?",
                    "What does a session cost, and what is your cancellation policy?",
                ],
            },
        ),
        (
            "paragraph",
            "<p>There are no wrong answers to look for, only clear ones. A practitioner who "
            "explains their approach plainly, listens to your questions and does not promise "
            "quick fixes is usually a good sign, whichever name is on the door.</p>",
        ),
    ],
}

"""Fill a fresh database with demo pages, articles and people; safe to run again."""

import json
from datetime import timedelta
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from articles.models import ArticleIndexPage, ArticlePage, Author, Category
from comments.models import Comment
from demo import content
from demo.articles import ARTICLES
from demo.bodies import build_body, in_dependency_order
from demo.conversations import seed_messages
from demo.images import portrait_image, scene_image
from demo.seed_practice import seed_practice
from demo.sessions import seed_sessions
from donations.models import DonationPage
from enrolment.models import EnrolPage, Offer
from home.blocks import (
    CurrentOfferBlock,
    LatestArticlesBlock,
    NewsletterBlock,
    ServicesBlock,
    TestimonialsBlock,
)
from home.models import ContactFormField, ContactPage, HomePage, SiteSettings, StandardPage
from portal.models import (
    CheckIn,
    ClientProfile,
    CoachProfile,
    JournalEntry,
    MeasureResponse,
    Questionnaire,
)


def publish_child(parent, page_class, slug, **fields):
    """Return the live child with this slug, creating and publishing it when missing."""
    existing = page_class.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


class Command(BaseCommand):
    help = "Create demo content and demo sign-ins. Running it twice changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "Demo content creates sign-ins with a published password; these settings "
                "do not allow it (DEMO_CONTENT_ALLOWED is off)."
            )
        home = self.seed_site()
        about, _ = publish_child(home, StandardPage, show_in_menus=True, **content.ABOUT)
        index, _ = publish_child(
            home,
            ArticleIndexPage,
            "articles",
            title="Articles",
            intro="Thoughts on coaching, counselling and the everyday work of change.",
            show_in_menus=True,
        )
        self.seed_donate(home)  # before the articles: two invite readers to donate
        created = self.seed_articles(index)
        seed_practice(home)  # after the articles: it links their author to her page
        self.seed_contact(home)
        enrol = self.seed_enrol(home)
        self.feature_on_home(home, about, enrol)
        people = self.seed_people()
        self.seed_comments(index)
        self.seed_portal()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} new articles)."))
        self.stdout.write(f"Demo sign-ins (password for all: {content.DEMO_PASSWORD}):")
        for email, role in people:
            self.stdout.write(f"  {role:<7} {email}")

    def seed_site(self):
        site_settings = SiteSettings.load()
        if site_settings.footer_text == "":
            site_settings.tagline = "Coaching and counselling, at your pace"
            site_settings.footer_text = (
                "A small coaching and counselling practice. Sessions online and in person."
            )
            site_settings.save()
        site = Site.objects.get(is_default_site=True)
        # Absolute links (canonical, feed, sitemap) point where emails do: the address
        # `make run` serves on, which it passes as WAGTAILADMIN_BASE_URL.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        default_port = 443 if address.scheme == "https" else 80
        site.hostname, site.port = address.hostname, address.port or default_port
        site.site_name = "Tranquil"
        site.save()
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise SystemExit("The default site's root page is not a HomePage; run migrate first.")
        return home

    def seed_articles(self, index):
        today = timezone.localdate()
        categories = {
            slug: Category.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description}
            )[0]
            for name, slug, description in content.CATEGORIES
        }
        author, _ = Author.objects.get_or_create(
            slug=content.AUTHOR["slug"],
            defaults={
                **content.AUTHOR,
                "photo": portrait_image("portrait-sage", title="Portrait of Cara Lane"),
            },
        )
        donate = DonationPage.objects.get()
        pages = {page.slug: page for page in ArticlePage.objects.child_of(index)}
        created = 0
        for article in in_dependency_order(ARTICLES):
            if article["slug"] in pages:
                continue
            page = ArticlePage(
                title=article["title"],
                slug=article["slug"],
                intro=article["intro"],
                body=build_body(article, pages, donate),
                date=today - timedelta(days=article["days_ago"]),
                author=author,
                hero_image=scene_image(article["hero_scene"]),
                hero_alt=article["hero_alt"],
            )
            index.add_child(instance=page)
            page.categories.set([categories[article["category"]]])
            page.tags.set(article["tags"])
            page.save_revision().publish()
            pages[page.slug] = page
            created += 1
        return created

    def feature_on_home(self, home, about, enrol):
        # A fresh database's home page holds only the hero its migration made.
        if any(block.block_type != "hero" for block in home.body):
            return
        home.body = [
            (
                "hero",
                {
                    "heading": content.HOME["hero_heading"],
                    "text": content.HOME["hero_text"],
                    "image": {
                        "image": scene_image("dawn-hills"),
                        "alt_text": "",
                        "decorative": True,
                    },
                    "primary_link": {"label": "Book a free first talk", "page": enrol},
                    "secondary_link": {"label": "About the practice", "page": about},
                },
            ),
            ("paragraph", content.HOME["intro"]),
            ("current_offer", CurrentOfferBlock().get_default()),
            ("services", ServicesBlock().get_default()),
            (
                "how_it_works",
                {"heading": "How it works", "steps": content.HOME_STEPS},
            ),
            ("latest_articles", LatestArticlesBlock().get_default()),
            ("testimonials", TestimonialsBlock().get_default()),
            (
                "faq",
                {
                    "heading": "Questions people ask",
                    "questions": [
                        {"question": question, "answer": answer}
                        for question, answer in content.HOME_FAQ
                    ],
                },
            ),
            ("newsletter", NewsletterBlock().get_default()),
        ]
        home.save_revision().publish()

    def seed_contact(self, home):
        if ContactPage.objects.exists():
            return
        page = ContactPage(
            title="Contact",
            slug="contact",
            show_in_menus=True,
            intro="<p>Questions about coaching or counselling, fees or times? Write to us.</p>",
            thank_you_text="<p>Thank you. Your message is on its way; we reply within two "
            "working days.</p>",
            to_address=SiteSettings.load().contact_email,
            subject="New message from the website",
        )
        page.form_fields = [
            ContactFormField(label="Your name", field_type="singleline", required=True),
            ContactFormField(label="Your email", field_type="email", required=True),
            ContactFormField(label="Your message", field_type="multiline", required=True),
        ]
        home.add_child(instance=page)
        page.save_revision().publish()

    def seed_donate(self, home):
        if DonationPage.objects.exists():
            return
        page = DonationPage(
            title="Donate",
            slug="donate",
            show_in_menus=True,
            intro="<p>Everything we write here is free to read. If it has helped you, a "
            "donation of any size helps us keep it that way.</p>",
            thank_you_text="<p>Your support means a great deal to us.</p>",
        )
        home.add_child(instance=page)
        page.save_revision().publish()

    def seed_portal(self):
        """Eight weeks of goals, journal, check-ins, homework and sessions for each demo client,
        messages with their coach, the coach's weekly hours and a session booked each."""
        for email, history in content.PORTAL.items():
            client = ClientProfile.objects.select_related("coach").get(user__email=email)
            if client.goals.exists():
                continue
            client.session_allowance = history["session_allowance"]
            client.save(update_fields=["session_allowance"])
            seed_client_history(client, history)
        seed_messages()
        seed_sessions()

    def seed_enrol(self, home):
        """A privacy notice, the enrol page, and an open offer with all its places free."""
        privacy, _ = publish_child(home, StandardPage, **content.PRIVACY)
        enrol, _ = publish_child(
            home, EnrolPage, privacy_page=privacy, show_in_menus=True, **content.ENROL
        )
        if not Offer.objects.exists():
            Offer.objects.create(**content.OFFER)
        return enrol

    def seed_comments(self, index):
        """Threaded demo comments, approved, with the author's replies from her account."""
        author = Author.objects.get(slug=content.AUTHOR["slug"])
        author_user = get_user_model().objects.get(email="coach@tranquil.example")
        if author.user_id is None:
            author.user = author_user
            author.save(update_fields=["user"])
        for slug, threads in content.COMMENTS:
            page = ArticlePage.objects.child_of(index).get(slug=slug)
            if Comment.objects.filter(page=page).exists():
                continue
            self.add_comments(page, threads, parent=None, user=author_user)

    def add_comments(self, page, comments, parent, user):
        for name, email, body, replies in comments:
            by_author = not email
            comment = Comment.objects.create(
                page=page,
                parent=parent,
                author_name=name,
                author_email=email or user.email,
                user=user if by_author else None,
                body=body,
                status=Comment.Status.APPROVED,
            )
            self.add_comments(page, replies, parent=comment, user=user)

    def seed_people(self):
        User = get_user_model()
        coach_profile = None
        people = []
        for email, first, last, role in content.PEOPLE:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User.objects.create_user(
                    email,
                    content.DEMO_PASSWORD,
                    first_name=first,
                    last_name=last,
                    is_superuser=role == "owner",
                    is_staff=role == "owner",
                )
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            if role == "editor":
                user.groups.add(Group.objects.get(name="Editors"))
            elif role == "coach":
                user.groups.add(Group.objects.get(name="Coaches"))
                coach_profile, _ = CoachProfile.objects.get_or_create(user=user)
            elif role == "client":
                user.groups.add(Group.objects.get(name="Clients"))
                ClientProfile.objects.get_or_create(user=user, defaults={"coach": coach_profile})
            people.append((email, role))
        return people


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def seed_client_history(client, history):
    today = timezone.localdate()
    coach_user = client.coach.user if client.coach else None
    for days in history["sessions"]:
        client.sessions.create(
            coach=client.coach,
            date=today - timedelta(days=days),
            summary="We looked at what went well since last time and chose one small next step.",
        )
    coping = [client.coping.create(name=name) for name in history["coping"]]
    for spec in history["goals"]:
        goal = client.goals.create(
            title=spec["title"],
            area=spec["area"],
            why=spec.get("why", ""),
            specific=spec.get("specific", ""),
            measurable=spec.get("measurable", ""),
            achievable=spec.get("achievable", ""),
            relevant=spec.get("relevant", ""),
            target_date=today + timedelta(days=spec["target_days"]),
            measure_unit=spec.get("measure_unit", ""),
            measure_target=spec.get("measure_target"),
            measure_direction=spec.get("measure_direction", "up"),
        )
        for position, (text, done) in enumerate(spec.get("steps", [])):
            goal.steps.create(text=text, position=position, done_at=days_ago(10) if done else None)
        for days, value in spec.get("measure_values", []):
            goal.measure_values.create(value=value, date=today - timedelta(days=days))
        if spec.get("feedback") and coach_user:
            goal.feedback.create(client=client, author=coach_user, body=spec["feedback"])
    for days, title, body, mood, shared in history["entries"]:
        entry = client.entries.create(title=title, body=body, mood=mood, shared=shared)
        # The coach has read what was shared before the last fortnight.
        reviewed = days_ago(days - 2) if shared and days > 14 else None
        JournalEntry.objects.filter(pk=entry.pk).update(
            created=days_ago(days), edited=days_ago(days), reviewed_at=reviewed
        )
    count = history["checkins"]
    (mood_from, mood_to), (distress_from, distress_to) = history["mood"], history["distress"]
    for n in range(count):
        share = n / max(count - 1, 1)
        checkin = client.checkins.create(
            mood=round(mood_from + (mood_to - mood_from) * share + (1 if n % 3 == 1 else 0)),
            distress=round(distress_from + (distress_to - distress_from) * share),
            setbacks=1 if n % 4 == 3 else 0,
            note="",
        )
        checkin.coping_used.set(coping[: 1 + n % len(coping)])
        CheckIn.objects.filter(pk=checkin.pk).update(created=days_ago(56 - n * 56 // count))
    seed_measures(client, history.get("measures", {}))
    for title, instructions, due_in, reflection in history["homework"]:
        client.homework.create(
            coach=client.coach,
            title=title,
            instructions=instructions,
            due_date=today + timedelta(days=due_in),
            done_at=days_ago(-due_in) if reflection else None,
            reflection=reflection or "",
        )


def seed_measures(client, scores_by_code):
    """Weekly PHQ-9 / GAD-7 answers over eight weeks that add up to the given scores."""
    for code, scores in scores_by_code.items():
        questionnaire = Questionnaire.objects.get(code=code)
        assignment = client.assignments.create(
            coach=client.coach, questionnaire=questionnaire, frequency="weekly"
        )
        for week, score in enumerate(scores):
            answers = spread(score, len(questionnaire.items), questionnaire.risk_item)
            response = assignment.responses.create(
                client=client,
                questionnaire=questionnaire,
                answers=json.dumps({"items": answers, "extra": 1}),
                score=questionnaire.score(answers),
            )
            MeasureResponse.objects.filter(pk=response.pk).update(created=days_ago(56 - week * 7))


def spread(score, items, risk_item):
    """Answers (0-3) that sum to `score`, never touching the risk item."""
    answers = [0] * items
    for index in range(items):
        if index + 1 == risk_item:
            continue
        answers[index] = min(3, score)
        score -= answers[index]
    return answers

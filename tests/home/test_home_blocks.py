"""The home page's sections: each renders, previews, hides when it has nothing to show,
and costs the same few queries however much it shows."""

import importlib
import json
import re
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.factories import ArticlePageFactory
from home import models as home_models
from home.factories import StandardPageFactory
from home.models import HomePage, Service, ServicesPage

pytestmark = pytest.mark.django_db

BODY = HomePage._meta.get_field("body").stream_block
hero_migration = importlib.import_module("home.migrations.0008_hero_in_the_stream")


def service(name, order=0, **fields):
    return Service.objects.create(
        name=name,
        kind="coaching",
        summary=f"{name}, in a sentence.",
        minutes=50,
        price=Decimal("70"),
        what_happens="<p>We talk.</p>",
        sort_order=order,
        **fields,
    )


def add_testimonial(quote, first_name="Ana", show=True, order=0):
    return home_models.Testimonial.objects.create(
        quote=quote,
        first_name=first_name,
        consent_wording="You may quote me by first name.",
        consent_date=date(2026, 5, 1),
        show=show,
        sort_order=order,
    )


def hero_block(heading="Change at a pace that suits you", **fields):
    return ("hero", {"heading": heading, "text": "We listen first.", **fields})


def faq():
    return (
        "faq",
        {
            "heading": "Questions people ask",
            "questions": [
                {
                    "question": "Coaching or therapy?",
                    "answer": "<p>Coaching looks <b>ahead</b>.</p>",
                },
                {"question": "Online?", "answer": "<p>Yes.</p>"},
            ],
        },
    )


def publish(page, body):
    page.body = body
    page.save_revision().publish()


def text_of(html):
    """The page's visible words with tags and runs of white space taken out."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


class Headings(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = []
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1[-1] += data


def h1s(html):
    parser = Headings()
    parser.feed(html)
    return [text.strip() for text in parser.h1]


# Every section on one page -----------------------------------------------------------


@pytest.fixture
def services_page(home_page):
    page = ServicesPage(title="Services and fees", slug="services")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_every_section_renders_on_the_home_page(
    client, home_page, article_index, about_page, services_page, offer, enrol_page
):
    service("Counselling")
    add_testimonial("I found my words again.", first_name="Ruth")
    ArticlePageFactory(parent=article_index, title="Sleep after loss")
    publish(
        home_page,
        [
            hero_block(primary_link={"label": "About us", "page": about_page}),
            ("current_offer", {"heading": "Starting now", "intro": "A few places."}),
            ("services", {"heading": "How we can help", "link_label": "Fees"}),
            (
                "how_it_works",
                {
                    "heading": "How it works",
                    "steps": [
                        {"title": "Write", "text": "A few lines."},
                        {"title": "Talk", "text": "Twenty minutes."},
                        {"title": "Begin", "text": "At your pace."},
                    ],
                },
            ),
            ("latest_articles", {"heading": "Latest articles", "count": 3}),
            ("testimonials", {"heading": "In their words", "max_count": 3}),
            faq(),
            ("newsletter", {"heading": "Letters from us", "text": "Now and then."}),
        ],
    )
    html = client.get("/").content.decode()
    words = text_of(html)

    assert h1s(html) == ["Change at a pace that suits you"]
    assert '<a class="button" href="/about/">About us</a>' in html
    assert "14 of 14 places left at £50" in words
    assert 'href="/enrol/"' in html
    assert "Counselling" in words and 'href="/services/">Fees</a>' in html
    assert re.search(r"<ol[^>]*home-steps__list.*Write.*Talk.*Begin.*</ol>", html, re.S)
    assert "Sleep after loss" in words and ">All articles</a>" in html
    assert "I found my words again." in words and "Ruth" in words
    assert "<summary>Coaching or therapy?</summary>" in html
    assert "Letters from us" in words
    # One sign-up form a page: the section's, not the footer's as well.
    assert html.count('class="signup__form"') == 1


def test_the_hero_is_the_one_main_heading_and_a_page_without_one_uses_its_title(client, home_page):
    publish(home_page, [hero_block(), faq()])
    assert h1s(client.get("/").content.decode()) == ["Change at a pace that suits you"]

    publish(home_page, [faq()])
    assert h1s(client.get("/").content.decode()) == [home_page.title]


def test_the_hero_opens_the_page_and_there_is_only_one():
    with pytest.raises(StreamBlockValidationError):
        BODY.clean(BODY.to_python([{"type": "faq", "value": {}}, {"type": "hero", "value": {}}]))
    two = BODY.to_python(
        [
            {"type": "hero", "value": {"heading": "One"}},
            {"type": "hero", "value": {"heading": "Two"}},
        ]
    )
    with pytest.raises(StreamBlockValidationError):
        BODY.clean(two)


def test_a_hero_link_to_an_unpublished_page_is_left_out(client, home_page, about_page):
    publish(
        home_page,
        [
            hero_block(
                primary_link={"label": "About us", "page": about_page},
                secondary_link={"label": "Elsewhere", "link_url": "https://example.org/"},
            )
        ],
    )
    about_page.unpublish()
    html = client.get("/").content.decode()
    assert "About us" not in html
    assert '<a class="button button--secondary" href="https://example.org/">Elsewhere</a>' in html


# Previews ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BODY.child_blocks))
def test_every_block_has_a_preview_that_renders(admin_client, home_page, name):
    block = BODY.child_blocks[name]
    meta = block.meta
    assert meta.icon and meta.description and hasattr(meta, "preview_value"), name
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200, name
    html = response.content.decode()
    assert f"block-{name}" in html
    assert "css/tranquil.css" in html  # the picker shows the section as the site styles it


def test_previews_of_sections_that_wait_for_data_say_so(admin_client, home_page):
    for name in ["current_offer", "latest_articles", "testimonials"]:
        block = BODY.child_blocks[name]
        html = admin_client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        ).content.decode()
        assert 'class="empty"' in html, name


# Through the admin ------------------------------------------------------------------------


def test_the_owner_builds_the_home_page_from_every_section_in_the_admin(
    admin_client, home_page, about_page, services_page
):
    counselling = service("Counselling")
    ruth = add_testimonial("It helped.", first_name="Ruth")
    body = [
        (
            "hero",
            {
                "heading": "Talk it through",
                "text": "We listen first.",
                "image": {"image": "", "decorative": "", "alt_text": ""},
                "primary_link": {"label": "About us", "page": about_page.pk, "link_url": ""},
                "secondary_link": {"label": "", "page": "", "link_url": ""},
            },
        ),
        ("current_offer", {"heading": "Starting now", "intro": ""}),
        (
            "services",
            {
                "heading": "How we can help",
                "intro": "",
                "services": streamfield([("item", counselling.pk)]),
                "page": services_page.pk,
                "link_label": "Services and fees",
            },
        ),
        (
            "how_it_works",
            {
                "heading": "How it works",
                "steps": streamfield(
                    [
                        ("item", {"title": "Write", "text": "A few lines."}),
                        ("item", {"title": "Talk", "text": "Twenty minutes."}),
                        ("item", {"title": "Begin", "text": "At your pace."}),
                    ]
                ),
            },
        ),
        ("latest_articles", {"heading": "Latest articles", "count": "4"}),
        (
            "testimonials",
            {
                "heading": "In their words",
                "testimonials": streamfield([("item", ruth.pk)]),
                "max_count": "3",
            },
        ),
        (
            "faq",
            {
                "heading": "Questions",
                "questions": streamfield(
                    [("item", {"question": "Online?", "answer": rich_text("<p>Yes.</p>")})]
                ),
            },
        ),
        ("newsletter", {"heading": "Letters", "text": ""}),
    ]
    data = nested_form_data(
        {"title": home_page.title, "slug": home_page.slug, "body": streamfield(body)}
    )
    data["action-publish"] = "publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home_page.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    home = HomePage.objects.get(pk=home_page.pk)
    assert [block.block_type for block in home.body] == [name for name, _ in body]
    assert home.body[2].value.shown_services() == [counselling]
    assert home.body[4].value["count"] == 4


def test_the_admin_refuses_two_steps_where_three_are_needed(admin_client, home_page):
    body = [
        (
            "how_it_works",
            {
                "heading": "How it works",
                "steps": streamfield(
                    [
                        ("item", {"title": "Write", "text": "A few lines."}),
                        ("item", {"title": "Talk", "text": "Twenty minutes."}),
                    ]
                ),
            },
        )
    ]
    data = nested_form_data(
        {"title": home_page.title, "slug": home_page.slug, "body": streamfield(body)}
    )
    data["action-publish"] = "publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home_page.pk]), data)
    assert response.status_code == 200
    assert HomePage.objects.get(pk=home_page.pk).body[0].block_type == "hero"


# Latest articles -----------------------------------------------------------------------


def latest(count=3):
    return [("latest_articles", {"heading": "Latest articles", "count": count})]


def test_latest_articles_are_the_newest_live_public_ones(client, home_page, article_index):
    today = date.today()
    for days, title in [(9, "Oldest"), (5, "Older"), (3, "Middle"), (1, "Newest")]:
        ArticlePageFactory(parent=article_index, title=title, date=today - timedelta(days=days))
    draft = ArticlePageFactory(parent=article_index, title="Draft piece", live=False)
    draft.date = today
    draft.save()
    private = ArticlePageFactory(parent=article_index, title="Members only", date=today)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    publish(home_page, latest(3))

    words = text_of(client.get("/").content.decode())
    assert re.search("Newest.*Middle.*Older", words)
    for absent in ["Oldest", "Draft piece", "Members only"]:
        assert absent not in words


def test_a_newly_published_article_shows_at_once(client, home_page, article_index):
    ArticlePageFactory(parent=article_index, title="First thoughts")
    publish(home_page, latest(3))
    assert "First thoughts" in client.get("/").content.decode()

    article = ArticlePageFactory(parent=article_index, title="Fresh news", live=False)
    article.save_revision().publish()
    assert "Fresh news" in client.get("/").content.decode()


def test_latest_articles_cost_the_same_for_three_or_six(
    client, home_page, article_index, coping, cara, hero
):
    for _ in range(6):
        ArticlePageFactory(
            parent=article_index, categories=[coping], author=cara, hero_image=hero, hero_alt="x"
        )

    def queries(count):
        publish(home_page, latest(count))
        client.get("/")  # warm the site and settings caches, as a running server has them
        caches["template_fragments"].clear()  # but make the section again
        with CaptureQueriesContext(connection) as captured:
            html = client.get("/").content.decode()
        assert html.count('class="article-card"') == count
        return len(captured)

    assert queries(6) == queries(3)


def test_no_articles_no_section(client, home_page, article_index):
    publish(home_page, latest(3))
    assert "Latest articles" not in client.get("/").content.decode()


# The offer -----------------------------------------------------------------------------


def test_the_offer_section_is_empty_while_no_offer_is_open(client, home_page, enrol_page):
    publish(home_page, [("current_offer", {"heading": "Starting now", "intro": "Soon."})])
    html = client.get("/").content.decode()
    assert "Starting now" not in html and "home-offer" not in html


def test_the_offer_section_says_when_the_places_have_gone(client, home_page, enrol_page, offer):
    offer.places_taken = offer.places
    type(offer).objects.filter(pk=offer.pk).update(places_taken=offer.places)
    publish(home_page, [("current_offer", {"heading": "Starting now", "intro": ""})])
    words = text_of(client.get("/").content.decode())
    assert "All 14 offer places have gone" in words


# Services and testimonials ---------------------------------------------------------------


def test_services_shows_every_service_unless_some_are_chosen(client, home_page, services_page):
    first, second = service("Coaching", order=1), service("Counselling", order=2)
    publish(home_page, [("services", {"heading": "Help", "link_label": "Fees"})])
    words = text_of(client.get("/").content.decode())
    assert re.search("Coaching.*Counselling", words)

    publish(
        home_page, [("services", {"heading": "Help", "services": [second], "link_label": "Fees"})]
    )
    html = client.get("/").content.decode()
    assert "Counselling" in html and f"{first.name}, in a sentence." not in html


def test_testimonials_show_only_with_consent_and_at_most_the_count(client, home_page):
    kept = [add_testimonial(f"Kind words {n}.", order=n) for n in range(4)]
    withdrawn = add_testimonial("Please take this down.", show=False)
    publish(home_page, [("testimonials", {"heading": "Words", "max_count": 3})])
    words = text_of(client.get("/").content.decode())
    assert [f"Kind words {n}." in words for n in range(4)] == [True, True, True, False]
    assert "Please take this down." not in words

    chosen = {"heading": "Words", "testimonials": [withdrawn, kept[3]], "max_count": 3}
    publish(home_page, [("testimonials", chosen)])
    words = text_of(client.get("/").content.decode())
    assert "Kind words 3." in words and "Please take this down." not in words


def test_no_testimonials_no_section(client, home_page):
    add_testimonial("Withdrawn.", show=False)
    publish(home_page, [("testimonials", {"heading": "In their words", "max_count": 3})])
    assert "In their words" not in client.get("/").content.decode()


# Questions ------------------------------------------------------------------------------


def test_the_questions_are_details_with_faq_structured_data(client, home_page):
    publish(home_page, [faq()])
    html = client.get("/").content.decode()
    assert html.count('<details class="home-faq__item">') == 2
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = [json.loads(script) for script in scripts]
    faq_data = next(item for item in data if item.get("@type") == "FAQPage")
    first = faq_data["mainEntity"][0]
    assert first["@type"] == "Question" and first["name"] == "Coaching or therapy?"
    assert first["acceptedAnswer"]["@type"] == "Answer"
    assert "<b>ahead</b>" in first["acceptedAnswer"]["text"]


# The hero's move into the body (home/migrations/0008) -----------------------------------


def test_the_old_hero_fields_become_the_first_block(home_page, about_page, hero):
    hero.description = "Soft blue circles"
    hero.save()
    old_body = json.dumps([{"type": "quote", "id": "q", "value": {"text": "Calm."}}])
    content = {
        "pk": home_page.pk,
        "title": "Home",
        "hero_heading": "Talk it through",
        "hero_text": "We listen first.",
        "hero_image": hero.pk,
        "hero_cta_label": "About us",
        "hero_cta_page": about_page.pk,
        "intro": "<p>Hello <b>there</b>.</p>",
        "body": old_body,
    }
    alt_text_for = lambda pk: hero.description if pk == hero.pk else ""  # noqa: E731
    moved = hero_migration.revision_with_hero(content, alt_text_for)

    assert "hero_heading" not in moved and "intro" not in moved
    body = HomePage._meta.get_field("body").to_python(json.loads(moved["body"]))
    assert [block.block_type for block in body] == ["hero", "paragraph", "quote"]
    value = body[0].value
    assert value["heading"] == "Talk it through" and value["text"] == "We listen first."
    assert (
        value["image"].pk == hero.pk and value["image"].contextual_alt_text == "Soft blue circles"
    )
    assert value.links()[0] == {"label": "About us", "url": "/about/", "style": "button"}
    assert body[1].value.source == "<p>Hello <b>there</b>.</p>"
    # Run again (or on a body that already opens with a hero): nothing doubles.
    assert hero_migration.revision_with_hero(moved, alt_text_for)["body"] == moved["body"]


def test_going_back_restores_the_old_fields(home_page):
    made = hero_migration.hero_blocks(
        {"hero_heading": "Talk", "hero_text": "", "hero_cta_label": "", "intro": ""},
        lambda pk: "",
    )
    fields, rest = hero_migration.hero_from_block([*made, {"type": "quote", "value": {}}])
    assert fields["hero_heading"] == "Talk" and rest == [{"type": "quote", "value": {}}]


def test_the_standard_page_blocks_are_unchanged(home_page):
    """Home sections belong to the home page only."""
    page = StandardPageFactory(parent=home_page, slug="plain")
    assert "hero" not in page.body.stream_block.child_blocks


def test_withdrawn_consent_leaves_the_cached_home_page_at_once(
    client, home_page, purges, django_capture_on_commit_callbacks
):
    words = add_testimonial("It helped me sleep again.")
    publish(home_page, [("testimonials", {"heading": "In their words", "max_count": 3})])
    assert "It helped me sleep again." in client.get("/").content.decode()

    purges.clear()
    words.show = False
    with django_capture_on_commit_callbacks(execute=True):
        words.save()
    assert "/" in purges
    assert "It helped me sleep again." not in client.get("/").content.decode()

"""Testimonials: clients' words, named as each client chose, shown only with their consent
recorded, and kept by the owner alone because the consent records are personal data."""

import ast
import datetime
import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from wagtail.test.utils.form_data import nested_form_data

import home.models.testimonials
from accounts.factories import UserFactory

# Aliased: pytest would try to collect names that start with "Test".
from home.factories import TestimonialFactory as WordsFactory
from home.models import Testimonial as ClientWords

pytestmark = pytest.mark.django_db

CONSENT = "I agree that these words may be shown on the website with my first name."


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# Names and consent -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "display_as, last_name, shown_as",
    [
        ("first_name", "Moreton", "Hannah"),
        ("initials", "Moreton", "H.M."),
        ("initials", "", "H."),
        ("anonymous", "Moreton", "Anonymous"),
    ],
)
def test_each_client_is_named_as_they_chose(display_as, last_name, shown_as):
    testimonial = WordsFactory.build(
        first_name="hannah" if display_as == "initials" else "Hannah",
        last_name=last_name,
        display_as=display_as,
    )
    assert testimonial.display_name() == shown_as


def test_the_include_names_the_client_as_they_chose_and_no_more():
    testimonial = WordsFactory.build(
        quote="One step, then the next.\nNow my weeks feel like mine.",
        display_as="initials",
        context="Coaching client, 2026",
    )
    html = render_to_string("home/includes/testimonial.html", {"testimonial": testimonial})
    assert "<blockquote><p>One step, then the next.<br>Now my weeks feel like mine.</p>" in html
    assert "<figcaption>H.M., Coaching client, 2026</figcaption>" in html
    assert "Hannah" not in html and "Moreton" not in html


def test_shown_means_ticked_and_consented():
    shown = WordsFactory(quote="Kept.")
    WordsFactory(quote="Withdrawn.", show=False)
    WordsFactory(quote="No date.", consent_date=None)
    WordsFactory(quote="No wording.", consent_wording="")
    assert list(ClientWords.objects.shown()) == [shown]
    assert [t.is_shown for t in ClientWords.objects.order_by("pk")] == [True, False, False, False]


def test_shown_words_need_the_consent_recorded():
    testimonial = WordsFactory.build(consent_wording="  ", consent_date=None, show=True)
    with pytest.raises(ValidationError) as caught:
        testimonial.full_clean()
    assert set(caught.value.message_dict) == {"consent_wording", "consent_date", "show"}

    testimonial.show = False  # waiting for the client's answer
    testimonial.full_clean()

    testimonial.show = True
    testimonial.consent_wording, testimonial.consent_date = CONSENT, datetime.date(2026, 6, 18)
    testimonial.full_clean()


def test_the_model_imports_nothing_from_the_portal():
    tree = ast.parse(Path(home.models.testimonials.__file__).read_text())
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.add("." * node.level + (node.module or ""))
    assert modules, "the check found the imports"
    assert not [name for name in modules if name.split(".")[0] == "portal"], modules


# On the site -----------------------------------------------------------------------------


def test_only_consented_testimonials_reach_the_home_page(client, home_page):
    WordsFactory(quote="It helped me sleep again.", first_name="Ruth")
    WordsFactory(quote="Please take this down.", show=False)
    WordsFactory(quote="Not agreed yet.", consent_date=None, consent_wording="")
    home_page.body = [("testimonials", {"heading": "In their words", "max_count": 6})]
    home_page.save_revision().publish()
    html = client.get("/").content.decode()
    assert '<figure class="testimonial">' in html
    assert "It helped me sleep again." in html and "Ruth" in html
    assert "Please take this down." not in html
    assert "Not agreed yet." not in html


def test_withdrawn_consent_leaves_the_cached_home_page_at_once(client, home_page):
    words = WordsFactory(quote="It helped me sleep again.")
    home_page.body = [("testimonials", {"heading": "In their words", "max_count": 3})]
    home_page.save_revision().publish()
    assert "It helped me sleep again." in client.get("/").content.decode()
    words.show = False
    words.save()
    assert "It helped me sleep again." not in client.get("/").content.decode()


# The admin: the owner's alone ------------------------------------------------------------


def words_form(**fields):
    return nested_form_data(
        {
            "quote": "I arrived wanting to fix everything at once.",
            "first_name": "Hannah",
            "last_name": "Moreton",
            "display_as": "first_name",
            "context": "Coaching client, 2026",
            "consent_wording": CONSENT,
            "consent_date": "2026-06-18",
            "show": "on",
            "sort_order": "0",
            **fields,
        }
    )


def admin_urls(testimonial):
    """Every admin address for testimonials, the chooser's creation form included."""
    urls = []
    for name in ["list", "list_results", "add"]:
        urls.append(reverse(f"wagtailsnippets_home_testimonial:{name}"))
    for name in ["edit", "delete", "copy", "history", "history_results", "usage", "reorder"]:
        try:
            urls.append(reverse(f"wagtailsnippets_home_testimonial:{name}", args=[testimonial.pk]))
        except NoReverseMatch:
            pass
    urls.append(reverse("wagtailsnippetchoosers_home_testimonial:create"))
    return urls


def test_the_owner_adds_a_testimonial_with_its_consent(client, owner):
    client.force_login(owner)
    response = client.post(reverse("wagtailsnippets_home_testimonial:add"), words_form())
    assert response.status_code == 302, response.context["form"].errors
    testimonial = ClientWords.objects.get()
    assert testimonial.consent_date == datetime.date(2026, 6, 18)
    assert testimonial.consent_wording == CONSENT
    assert list(ClientWords.objects.shown()) == [testimonial]


def test_the_owner_is_refused_showing_words_without_a_consent_date(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("wagtailsnippets_home_testimonial:add"), words_form(consent_date="")
    )
    assert response.status_code == 200
    assert "consent_date" in response.context["form"].errors
    assert not ClientWords.objects.exists()

    # Written down while the client considers it: kept, not shown.
    response = client.post(
        reverse("wagtailsnippets_home_testimonial:add"),
        words_form(consent_date="", consent_wording="", show=""),
    )
    assert response.status_code == 302
    assert ClientWords.objects.get().is_shown is False
    assert not ClientWords.objects.shown().exists()


def test_the_owner_sees_consent_in_the_list(client, owner):
    WordsFactory(first_name="Gethin", last_name="Rowlands", display_as="initials")
    WordsFactory(quote="Waiting.", first_name="Priya", show=False, consent_date=None)
    client.force_login(owner)
    response = client.get(reverse("wagtailsnippets_home_testimonial:list"))
    assert response.status_code == 200
    words = text_of(response.content.decode())
    assert "G.R." in words and "Priya" in words
    assert "Consent given" in words and "Not recorded" in words
    html = client.get(
        reverse("wagtailsnippets_home_testimonial:list"), {"show": "false"}
    ).content.decode()
    assert "Priya" in html and "G.R." not in html


@pytest.mark.parametrize(
    "query",
    [
        {"ordering": "bogus", "p": "x"},
        {"ordering": "-consent_date", "p": "999"},
        {"show": "maybe", "display_as": "nickname"},
        {"q": "tangled", "ordering": "__str__"},
    ],
)
def test_the_list_never_fails_on_stray_query_parameters(client, owner, query):
    WordsFactory()
    client.force_login(owner)
    for name in ("list", "list_results"):
        response = client.get(reverse(f"wagtailsnippets_home_testimonial:{name}"), query)
        assert response.status_code == 200, (name, query, response.status_code)


def test_an_editor_gets_no_testimonials_menu_and_no_way_in(client, editor):
    testimonial = WordsFactory(consent_wording="Private: what Hannah agreed to.")
    client.force_login(editor)

    snippets = client.get(reverse("wagtailsnippets:index"))
    assert snippets.status_code == 200
    html = snippets.content.decode()
    assert reverse("wagtailsnippets_home_service:list") in html  # editors keep the services
    assert reverse("wagtailsnippets_home_testimonial:list") not in html
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsnippets_home_testimonial:list") not in dashboard

    for url in admin_urls(testimonial):
        response = client.get(url)
        assert response.status_code == 403 or response["Location"] == "/admin/", url
        assert "Private: what Hannah agreed to." not in response.content.decode()

    response = client.post(reverse("wagtailsnippets_home_testimonial:add"), words_form())
    assert response.status_code in (302, 403)
    response = client.post(
        reverse("wagtailsnippets_home_testimonial:edit", args=[testimonial.pk]),
        words_form(show=""),
    )
    assert response.status_code in (302, 403)
    response = client.post(
        reverse("wagtailsnippets_home_testimonial:delete", args=[testimonial.pk])
    )
    assert response.status_code in (302, 403)
    testimonial.refresh_from_db()
    assert testimonial.show and ClientWords.objects.count() == 1


def test_the_owner_sees_the_testimonials_menu(client, owner):
    client.force_login(owner)
    html = client.get(reverse("wagtailsnippets:index")).content.decode()
    assert reverse("wagtailsnippets_home_testimonial:list") in html


def test_an_editor_chooses_only_among_shown_testimonials(client, editor):
    shown = WordsFactory(quote="Kind words, agreed to.", first_name="Ruth")
    withdrawn = WordsFactory(quote="Please take this down.", show=False)
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippetchoosers_home_testimonial:choose")).content.decode()
    assert "Ruth" in html and "Please take this down" not in html
    chosen = reverse("wagtailsnippetchoosers_home_testimonial:chosen", args=[shown.pk])
    assert client.get(chosen).status_code == 200
    chosen = reverse("wagtailsnippetchoosers_home_testimonial:chosen", args=[withdrawn.pk])
    assert client.get(chosen).status_code == 404
    many = client.get(
        reverse("wagtailsnippetchoosers_home_testimonial:chosen_multiple"),
        {"id": [shown.pk, withdrawn.pk]},
    ).content.decode()
    assert "Ruth" in many and "Please take this down" not in many


def test_someone_outside_the_admin_cannot_reach_testimonials(client):
    testimonial = WordsFactory()
    client.force_login(UserFactory())
    for url in admin_urls(testimonial):
        assert client.get(url).status_code in (302, 403), url


def test_the_home_page_section_still_previews_for_an_editor(client, editor, home_page):
    """Editors arrange the home page, testimonials section included, without the records."""
    WordsFactory(quote="It helped me sleep again.")
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert response.status_code == 200

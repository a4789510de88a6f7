"""The team and each practitioner's page: who they are, their registration (checkable on the
body's public register), their articles, and the structured data search engines read."""

import json
import re

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from accounts.factories import EditorFactory, UserFactory
from articles.factories import ArticlePageFactory, AuthorFactory
from home.factories import PractitionerPageFactory, TeamPageFactory
from home.models import HomePage, PractitionerPage, SiteSettings, TeamPage

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
BACP = "https://www.bacp.co.uk/search/Register"


def structured_data(html):
    """Every JSON-LD object on the page, parsed as a search engine would."""
    return [json.loads(text) for text in LD_JSON.findall(html)]


def practitioner_form(**fields):
    """What an editor fills in on the add-practitioner form, one registration included."""
    registrations = fields.pop(
        "registrations",
        [
            {
                "body": "BACP",
                "membership": "Registered Member MBACP (Accred)",
                "number": "372541",
                "register_url": BACP,
            }
        ],
    )
    return nested_form_data(
        {
            "title": "Cara Lane",
            "slug": "cara-lane",
            "role": "Counsellor and coach",
            "portrait": "",
            "portrait_alt": "",
            "summary": "Cara helps adults through anxiety, loss and big changes.",
            "qualifications": "PG Diploma in Counselling\nICF Associate Certified Coach",
            "registrations": inline_formset(registrations),
            "approach": rich_text("<p>Warm, practical and at your own pace.</p>"),
            "specialisms": "Anxiety\nBereavement",
            "languages": "English and Welsh",
            "online": "on",
            "in_person": "on",
            "availability": "Tuesday and Thursday evenings",
            **fields,
        }
    )


class PractitionerPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.team = TeamPageFactory(parent=cls.home)
        cls.cara = PractitionerPageFactory(
            parent=cls.team,
            title="Cara Lane",
            slug="cara-lane",
            registrations=[
                {"body": "BACP", "number": "372541", "register_url": BACP},
                {
                    "body": "EMCC",
                    "membership": "Senior Practitioner",
                    "number": "EIA20230187",
                    "register_url": "https://www.emccglobal.org/accreditation/eia/eia-awards/",
                },
            ],
        )

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(TeamPage, {HomePage})
        self.assertAllowedSubpageTypes(TeamPage, {PractitionerPage})
        self.assertAllowedParentPageTypes(PractitionerPage, {TeamPage})
        self.assertAllowedSubpageTypes(PractitionerPage, set())
        self.assertFalse(TeamPage.can_create_at(self.home), "one team page a site")

    def test_routable_renderable_and_previewable(self):
        for page in (self.team, self.cara):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(
            self.team,
            post_data=nested_form_data({"title": "Our team", "slug": "team", "intro": ""}),
        )
        self.assertPageIsPreviewable(self.cara, post_data=practitioner_form())

    def test_a_new_practitioner_previews_before_it_is_ever_saved(self):
        self.login()
        response = self.client.post(
            reverse(
                "wagtailadmin_pages:preview_on_add", args=["home", "practitionerpage", self.team.pk]
            ),
            practitioner_form(title="Ben Hart", slug="ben-hart"),
        )
        assert response.json()["is_valid"] is True
        response = self.client.get(
            reverse(
                "wagtailadmin_pages:preview_on_add", args=["home", "practitionerpage", self.team.pk]
            )
        )
        self.assertContains(response, "<h1>Ben Hart</h1>", html=True)
        self.assertContains(response, "Check on the BACP register")

    def test_an_editor_adds_a_practitioner_with_a_registration(self):
        self.client.force_login(EditorFactory())
        self.assertCanCreate(self.team, PractitionerPage, practitioner_form(slug="cara-lane-2"))
        page = PractitionerPage.objects.get(slug="cara-lane-2")
        registration = page.registrations.get()
        assert (registration.body, registration.number) == ("BACP", "372541")
        assert page.live

        html = self.client.get(page.url).content.decode()
        self.assertInHTML("<h1>Cara Lane</h1>", html)
        self.assertInHTML(
            '<h3 class="registration__body">British Association for Counselling and '
            'Psychotherapy <span class="registration__short">(BACP)</span></h3>',
            html,
        )
        self.assertInHTML("<div><dt>Membership number</dt><dd>372541</dd></div>", html)
        self.assertInHTML(
            "<div><dt>Membership grade</dt><dd>Registered Member MBACP (Accred)</dd></div>", html
        )
        # The register opens where the visitor is, not in a new tab.
        self.assertInHTML(f'<a href="{BACP}">Check on the BACP register</a>', html)
        self.assertInHTML("<li>ICF Associate Certified Coach</li>", html)
        self.assertInHTML("<dd>Online, in person</dd>", html)
        self.assertInHTML("<dd>Tuesday and Thursday evenings</dd>", html)
        assert "Warm, practical and at your own pace." in html

    def test_someone_who_is_not_an_editor_cannot_add_a_practitioner(self):
        self.client.force_login(UserFactory())
        add_url = reverse("wagtailadmin_pages:add", args=["home", "practitionerpage", self.team.pk])
        response = self.client.post(add_url, practitioner_form(slug="intruder"))
        assert response.status_code in (302, 403)
        assert not PractitionerPage.objects.filter(slug="intruder").exists()

    def post_new(self, **fields):
        self.client.force_login(EditorFactory())
        add_url = reverse("wagtailadmin_pages:add", args=["home", "practitionerpage", self.team.pk])
        data = practitioner_form(slug="refused", **fields)
        data["action-publish"] = "action-publish"
        response = self.client.post(add_url, data)
        assert response.status_code == 200, "the form comes back with its errors"
        assert not PractitionerPage.objects.filter(slug="refused").exists()
        return response.context["form"]

    def test_a_registration_needs_a_membership_number(self):
        form = self.post_new(
            registrations=[{"body": "UKCP", "membership": "", "number": "", "register_url": BACP}]
        )
        assert "number" in form.formsets["registrations"].errors[0]

    def test_the_register_link_must_be_a_web_address(self):
        for link in ("the BACP website", "javascript:alert(1)"):
            with self.subTest(link=link):
                form = self.post_new(
                    registrations=[
                        {"body": "BACP", "membership": "", "number": "1", "register_url": link}
                    ]
                )
                assert "register_url" in form.formsets["registrations"].errors[0]

    def test_a_portrait_needs_words_for_people_who_cannot_see_it(self):
        portrait = wagtail_factories.ImageFactory(title="Cara at her desk")
        form = self.post_new(portrait=str(portrait.pk))
        assert "portrait_alt" in form.errors

    def test_the_page_tells_search_engines_who_the_person_is(self):
        settings = SiteSettings.load()
        settings.practice_name = "Tranquil Counselling"
        settings.save()
        portrait = wagtail_factories.ImageFactory(title="Cara")
        self.cara.portrait = portrait
        self.cara.portrait_alt = "Cara Lane smiling by a window"
        self.cara.languages = "English, Welsh and British Sign Language"
        self.cara.save_revision().publish()

        html = self.client.get(self.cara.url).content.decode()
        [person] = structured_data(html)
        assert person["@context"] == "https://schema.org"
        assert person["@type"] == "Person"
        assert person["name"] == "Cara Lane"
        assert person["jobTitle"] == "Counsellor and coach"
        assert person["url"] == self.cara.full_url
        assert person["description"].startswith("Works with adults")
        assert person["knowsLanguage"] == ["English", "Welsh", "British Sign Language"]
        assert isinstance(person["image"], str) and person["image"].endswith(".jpg")
        assert person["hasCredential"] == [
            {
                "@type": "EducationalOccupationalCredential",
                "name": name,
                "credentialCategory": "qualification",
            }
            for name in ["PG Diploma in Counselling", "Certificate in Coaching"]
        ]
        assert isinstance(person["memberOf"], list)
        bacp, emcc = person["memberOf"]
        assert bacp == {
            "@type": "ProgramMembership",
            "programName": "Registered Member MBACP (Accred)",
            "membershipNumber": "372541",
            "url": BACP,
            "hostingOrganization": {
                "@type": "Organization",
                "name": "British Association for Counselling and Psychotherapy",
                "alternateName": "BACP",
            },
        }
        assert emcc["membershipNumber"] == "EIA20230187"
        assert emcc["hostingOrganization"]["alternateName"] == "EMCC"
        assert person["worksFor"]["@type"] == "Organization"
        assert person["worksFor"]["name"] == "Tranquil Counselling"

    def test_blank_details_read_as_gaps_to_ask_about_not_as_empty_headings(self):
        quiet = PractitionerPageFactory(
            parent=self.team,
            title="Ben Hart",
            registrations=[],
            qualifications="",
            approach="",
            specialisms="",
            availability="",
            online=False,
            in_person=False,
        )
        html = self.client.get(quiet.url).content.decode()
        assert "No professional registration is listed for Ben Hart yet" in html
        assert "ask us and we will tell you" in html
        assert "Ask us how sessions can happen." in html
        assert "Ask us which times are free." in html
        assert "Check on the" not in html
        assert '<span class="avatar practitioner__portrait" aria-hidden="true">BH</span>' in html
        [person] = structured_data(html)
        assert person["memberOf"] == [] and person["hasCredential"] == []
        assert "image" not in person


class TeamPageListsLivePractitioners(WagtailPageTestCase):
    def test_only_live_practitioners_appear_with_their_bodies(self):
        home = Site.objects.get(is_default_site=True).root_page
        team = TeamPageFactory(parent=home)
        cara = PractitionerPageFactory(
            parent=team,
            title="Cara Lane",
            registrations=[
                {"body": "BACP"},
                {
                    "body": "UKCP",
                    "register_url": "https://www.psychotherapy.org.uk/find-a-therapist/",
                },
            ],
        )
        PractitionerPageFactory(parent=team, title="Draft Person", live=False)

        html = self.client.get(team.url).content.decode()
        self.assertInHTML(
            f'<h2 class="team-card__name"><a href="{cara.url}">Cara Lane</a></h2>', html
        )
        self.assertInHTML('<p class="meta">Professional bodies: BACP, UKCP</p>', html)
        assert "Draft Person" not in html
        [listing] = structured_data(html)
        assert listing["@type"] == "ItemList"
        assert [item["item"]["name"] for item in listing["itemListElement"]] == ["Cara Lane"]
        assert listing["itemListElement"][0]["item"]["url"] == cara.full_url

    def test_an_empty_team_says_so_and_offers_a_way_to_ask(self):
        home = Site.objects.get(is_default_site=True).root_page
        team = TeamPageFactory(parent=home)
        html = self.client.get(team.url).content.decode()
        assert "We are still writing the introductions" in html
        assert "team-card" not in html
        assert structured_data(html) == []


# Bylines and the author box lead to the practitioner's page while it is published.


@pytest.fixture
def team(home_page):
    return TeamPageFactory(parent=home_page)


@pytest.fixture
def cara_page(team):
    return PractitionerPageFactory(parent=team, title="Cara Lane", slug="cara-lane")


@pytest.fixture
def written(article_index, cara_page):
    author = AuthorFactory(name="Cara Lane", slug="cara-lane", practitioner=cara_page)
    return ArticlePageFactory(parent=article_index, title="Sitting with worry", author=author)


@pytest.mark.django_db
def test_the_byline_and_author_box_lead_to_the_practitioner(client, written, cara_page):
    html = client.get(written.url).content.decode()
    assert f'By <a href="{cara_page.url}">Cara Lane</a>' in html
    assert (
        f'<a href="{cara_page.url}">Meet Cara Lane: training, registration and approach</a>' in html
    )
    assert 'href="/articles/author/cara-lane/">More articles by Cara Lane</a>' in html
    article_data = next(data for data in structured_data(html) if data["@type"] == "Article")
    assert article_data["author"] == {
        "@type": "Person",
        "name": "Cara Lane",
        "url": cara_page.full_url,
    }


@pytest.mark.django_db
def test_an_unpublished_practitioner_leaves_the_byline_on_the_author_listing(
    client, written, cara_page
):
    client.get(written.url)  # cached while the practitioner page was live
    cara_page.unpublish()
    html = client.get(written.url).content.decode()
    assert 'By <a href="/articles/author/cara-lane/">Cara Lane</a>' in html
    assert cara_page.url not in html
    assert "Meet Cara Lane" not in html
    article_data = next(data for data in structured_data(html) if data["@type"] == "Article")
    assert "url" not in article_data["author"]


@pytest.mark.django_db
def test_the_author_listing_points_to_the_practitioner(client, written, cara_page):
    html = client.get("/articles/author/cara-lane/").content.decode()
    assert (
        f'<a href="{cara_page.url}">Meet Cara Lane: training, registration and approach</a>' in html
    )


@pytest.mark.django_db
def test_a_practitioner_page_lists_their_live_articles_only(
    client, article_index, written, cara_page
):
    author = written.author
    ArticlePageFactory(parent=article_index, title="A draft on grief", author=author, live=False)
    ArticlePageFactory(parent=article_index, title="By someone else", author=AuthorFactory())
    html = client.get(cara_page.url).content.decode()
    assert '<h2 id="articles-heading">Articles by Cara Lane</h2>' in html
    assert f'<a href="{written.url}">Sitting with worry</a>' in html
    assert "A draft on grief" not in html
    assert "By someone else" not in html


@pytest.mark.django_db
def test_the_call_to_action_leads_to_the_contact_page(client, cara_page, contact):
    html = client.get(cara_page.url).content.decode()
    assert f'<a class="button" href="{contact.url}">Get in touch</a>' in html


@pytest.mark.django_db
def test_without_a_contact_page_the_call_to_action_is_an_email(client, cara_page):
    html = client.get(cara_page.url).content.decode()
    assert '<a class="button" href="mailto:hello@tranquil.example">Email us</a>' in html


@pytest.mark.django_db
def test_the_author_list_in_the_admin_shows_the_practitioner(client, written, cara_page):
    client.force_login(EditorFactory(is_superuser=True, is_staff=True))
    html = client.get(reverse("wagtailsnippets_articles_author:list")).content.decode()
    assert "Practitioner" in html
    row = next(line for line in html.split("<tr") if "cara-lane" in line)
    assert "Cara Lane" in row and str(cara_page.title) in row


# Query counts stay flat however many people and articles there are.


def queries_for(client, url):
    client.get(url)  # warm the site and settings caches, as a running server has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_the_team_page_does_not_grow_with_practitioners(client, team):
    portrait = wagtail_factories.ImageFactory()
    for _ in range(2):
        PractitionerPageFactory(parent=team, portrait=portrait, portrait_alt="A portrait")
    few = queries_for(client, team.url)
    for _ in range(8):
        PractitionerPageFactory(
            parent=team, portrait=wagtail_factories.ImageFactory(), portrait_alt="A portrait"
        )
    assert queries_for(client, team.url) == few


@pytest.mark.django_db
def test_the_practitioner_page_does_not_grow_with_articles(
    client, settings, article_index, team, hero
):
    def practitioner_with(count):
        page = PractitionerPageFactory(parent=team, registrations=[{}] * count)
        author = AuthorFactory(practitioner=page)
        for _ in range(count):
            ArticlePageFactory(parent=article_index, author=author, hero_image=hero, hero_alt="x")
        return page

    few = practitioner_with(1)
    many = practitioner_with(6)
    # Measured without the fragment cache, which would hide the queries after the first view.
    settings.CACHES = {
        **settings.CACHES,
        "template_fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    assert queries_for(client, many.url) == queries_for(client, few.url)

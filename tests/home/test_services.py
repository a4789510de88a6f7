"""Services and fees: the page that lists every service with its length, price and terms,
the practice's address and hours, the structured data search engines read, and the
editors' admin for services."""

import datetime
import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.factories import EditorFactory, UserFactory
from home.blocks import DAYS, OpeningHoursBlock
from home.factories import ServiceFactory, ServicesPageFactory
from home.models import HomePage, Service, ServicesPage, SiteSettings
from home.models.services import postal_address, pounds

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
SCHEMA = "https://schema.org/"
ADDRESS = "First floor, 14 Linden Yard\nCotham\nBristol\nBS6 6QT"


def structured_data(html):
    """Every JSON-LD object on the page, parsed as a search engine would."""
    return [json.loads(text) for text in LD_JSON.findall(html)]


def practice_data(html):
    [data] = [item for item in structured_data(html) if item["@type"] == "ProfessionalService"]
    return data


def text_of(html):
    """The page's visible words with tags and runs of white space taken out."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def hours(days, opens, closes):
    return (
        "hours",
        {"days": days, "opens": datetime.time(*opens), "closes": datetime.time(*closes)},
    )


def set_practice(**fields):
    settings = SiteSettings.load()
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def free_consultation(**fields):
    return ServiceFactory(
        name="Free first consultation",
        kind="consultation",
        summary="Twenty minutes to ask your questions.",
        minutes=20,
        price=Decimal("0"),
        price_note="free, with no obligation",
        in_person=False,
        by_phone=True,
        cancellation_policy="Let us know whenever you can; there is never a charge.",
        sort_order=1,
        **fields,
    )


def counselling(**fields):
    return ServiceFactory(
        name="Counselling session",
        kind="counselling",
        summary="Fifty minutes of confidential space.",
        price=Decimal("90"),
        what_happens="<p>We talk at your pace.</p><ul><li>Weekly, same time.</li></ul>",
        cancellation_policy="Cancel up to 48 hours before at no cost.",
        sort_order=3,
        **fields,
    )


@pytest.fixture
def services_page(home_page):
    return ServicesPageFactory(parent=home_page)


# The page ------------------------------------------------------------------------------


class ServicesPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        ServiceFactory(name="Coaching session", sort_order=2)

    def form(self, **fields):
        return nested_form_data(
            {
                "title": "Services and fees",
                "slug": "services",
                "intro": "What we offer and what it costs.",
                "body": streamfield(
                    [("paragraph", rich_text("<p>You pay after each session.</p>"))]
                ),
                **fields,
            }
        )

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(ServicesPage, {HomePage})
        self.assertAllowedSubpageTypes(ServicesPage, set())
        assert ServicesPage.can_create_at(self.home)
        ServicesPageFactory(parent=self.home)
        self.assertFalse(ServicesPage.can_create_at(self.home), "one services page a site")

    def test_routable_renderable_and_previewable(self):
        page = ServicesPageFactory(parent=self.home)
        self.assertPageIsRoutable(page)
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=self.form())

    def test_a_new_services_page_previews_before_it_is_saved(self):
        self.login()
        url = reverse(
            "wagtailadmin_pages:preview_on_add", args=["home", "servicespage", self.home.pk]
        )
        assert self.client.post(url, self.form()).json()["is_valid"] is True
        html = self.client.get(url).content.decode()
        self.assertInHTML("<h1>Services and fees</h1>", html)
        assert "50 minutes · £60 per session" in html
        assert "You pay after each session." in html
        assert practice_data(html)["priceRange"] == "£60"

    def test_an_editor_adds_the_services_page(self):
        self.client.force_login(EditorFactory())
        self.assertCanCreate(self.home, ServicesPage, self.form())
        page = ServicesPage.objects.get(slug="services")
        assert page.live
        html = self.client.get(page.url).content.decode()
        self.assertInHTML("<h1>Services and fees</h1>", html)
        self.assertInHTML('<p class="lead">What we offer and what it costs.</p>', html)
        assert "You pay after each session." in html

    def test_someone_who_is_not_an_editor_cannot_add_it(self):
        self.client.force_login(UserFactory())
        url = reverse("wagtailadmin_pages:add", args=["home", "servicespage", self.home.pk])
        response = self.client.post(url, self.form(slug="intruder"))
        assert response.status_code in (302, 403)
        assert not ServicesPage.objects.exists()


def test_every_service_with_its_length_price_formats_and_terms(client, services_page):
    counselling()
    free_consultation()
    ServiceFactory(name="Coaching session", sort_order=2, in_person=False)
    html = client.get(services_page.url).content.decode()
    words = text_of(html)

    # In the owner's order, each a section with its own heading.
    assert re.search("Free first consultation.*Coaching session.*Counselling session", words)
    for service in Service.objects.all():
        assert f'<section class="service" aria-labelledby="service-{service.pk}">' in html
        assert f'<h2 id="service-{service.pk}" class="service__name">{service.name}</h2>' in html
    assert "20 minutes · Free, with no obligation" in words
    assert "50 minutes · £60 per session" in words
    assert "50 minutes · £90 per session" in words
    assert "Sessions can be: online, by phone" not in words  # the colon is CSS, not text
    assert "Sessions can be online, by phone" in words
    assert "Sessions can be online, in person" in words
    assert "Cancel up to 48 hours before at no cost." in words
    assert "Let us know whenever you can; there is never a charge." in words
    assert "<li>Weekly, same time.</li>" in html
    assert words.count("What happens") == 3


def test_a_service_without_a_note_shows_only_its_price(client, services_page):
    ServiceFactory(name="Walk and talk", price=Decimal("72.50"), price_note="", minutes=90)
    ServiceFactory(name="Drop-in", price=Decimal("0"), price_note="", minutes=30)
    html = client.get(services_page.url).content.decode()
    assert '<p class="service__fee">90 minutes · £72.50</p>' in html
    assert '<p class="service__fee">30 minutes · Free</p>' in html


def test_no_services_yet_says_so_and_still_gives_the_details(client, services_page):
    set_practice(telephone="0117 496 0521")
    html = client.get(services_page.url).content.decode()
    assert "We are putting our fees in writing." in html
    assert '<a href="tel:01174960521">0117 496 0521</a>' in html
    assert "priceRange" not in html and "hasOfferCatalog" not in html


def test_the_address_area_hours_and_telephone(client, services_page):
    set_practice(
        address=ADDRESS,
        area_served="Bristol in person; anywhere in the UK online",
        telephone="0117 496 0521",
        opening_hours=[
            hours(["Thursday", "Monday", "Tuesday", "Wednesday"], (9,), (19,)),
            hours(["Friday"], (9,), (15,)),
            hours(["Saturday", "Sunday"], (9, 30), (12, 30)),
            hours(["Monday", "Wednesday", "Friday"], (20,), (21,)),
        ],
    )
    html = client.get(services_page.url).content.decode()
    words = text_of(re.sub(r"</?time[^>]*>", "", html))
    assert "First floor, 14 Linden Yard<br>Cotham<br>Bristol<br>BS6 6QT</address>" in html
    assert "Who we work with Bristol in person; anywhere in the UK online" in words
    assert (
        '<li><span class="opening-hours">Monday to Thursday, <time datetime="09:00">9:00</time>'
        '–<time datetime="19:00">19:00</time></span></li>'
    ) in html
    assert "Friday, 9:00–15:00" in words
    assert "Saturday and Sunday, 9:30–12:30" in words
    assert "Monday, Wednesday and Friday, 20:00–21:00" in words
    assert '<a href="tel:01174960521">0117 496 0521</a>' in html
    assert "All sessions online" not in words


def test_without_an_address_every_session_is_online(client, services_page):
    html = client.get(services_page.url).content.decode()
    words = text_of(html)
    assert "Where we meet All sessions online" in words
    assert "<address>" not in html
    assert "Opening hours By arrangement" in words
    assert "Telephone" not in words


def test_a_changed_price_shows_at_once_though_the_page_is_cached(client, services_page):
    service = ServiceFactory(price=Decimal("60"))
    assert "£60 per session" in client.get(services_page.url).content.decode()
    service.price = Decimal("65")
    service.save()
    html = client.get(services_page.url).content.decode()
    assert "£65 per session" in html and "£60" not in html
    assert practice_data(html)["hasOfferCatalog"]["itemListElement"][0]["price"] == "65.00"


def test_the_page_holds_one_main_heading_and_headings_in_order(client, services_page):
    ServiceFactory()
    html = client.get(services_page.url).content.decode()
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", main)]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


# Structured data -----------------------------------------------------------------------


def test_structured_data_for_the_practice_and_its_fees(client, services_page):
    set_practice(
        practice_name="Tranquil",
        tagline="Coaching and counselling in Bristol and online",
        contact_email="hello@tranquil.example",
        address=ADDRESS,
        area_served="United Kingdom",
        telephone="0117 496 0521",
        opening_hours=[
            hours(["Monday", "Tuesday", "Wednesday", "Thursday"], (9,), (19,)),
            hours(["Saturday"], (9, 30), (12, 30)),
        ],
    )
    free_consultation()
    ServiceFactory(name="Coaching session", summary="Get clear, then take a step.", sort_order=2)
    counselling()
    data = practice_data(client.get(services_page.url).content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Tranquil"
    assert data["url"] == "http://localhost/"
    assert data["email"] == "hello@tranquil.example"
    assert data["telephone"] == "0117 496 0521"
    assert data["description"] == "Coaching and counselling in Bristol and online"
    assert data["priceRange"] == "£0–£90"
    assert data["areaServed"] == "United Kingdom"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "First floor, 14 Linden Yard, Cotham",
        "addressLocality": "Bristol",
        "postalCode": "BS6 6QT",
        "addressCountry": "GB",
    }
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [SCHEMA + day for day in ("Monday", "Tuesday", "Wednesday", "Thursday")],
            "opens": "09:00",
            "closes": "19:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [SCHEMA + "Saturday"],
            "opens": "09:30",
            "closes": "12:30",
        },
    ]
    catalog = data["hasOfferCatalog"]
    assert catalog["@type"] == "OfferCatalog"
    offers = catalog["itemListElement"]
    assert [offer["name"] for offer in offers] == [
        "Free first consultation",
        "Coaching session",
        "Counselling session",
    ]
    assert [offer["price"] for offer in offers] == ["0.00", "60.00", "90.00"]
    for offer in offers:
        assert offer["@type"] == "Offer"
        assert offer["priceCurrency"] == "GBP"
        assert isinstance(offer["price"], str) and isinstance(offer["description"], str)
        assert offer["itemOffered"] == {"@type": "Service", "name": offer["name"]}
    assert offers[1]["description"] == "Get clear, then take a step."


def test_structured_data_leaves_out_what_is_not_set(client, services_page):
    ServiceFactory(price=Decimal("60"))
    ServiceFactory(price=Decimal("60"))
    set_practice(tagline="", telephone="", address="   ")
    data = practice_data(client.get(services_page.url).content.decode())
    assert data["priceRange"] == "£60"
    for absent in ("address", "telephone", "description", "openingHoursSpecification"):
        assert absent not in data


def test_structured_data_cannot_close_its_script_tag(client, services_page):
    ServiceFactory(summary="</script><script>alert(1)</script>")
    html = client.get(services_page.url).content.decode()
    assert "<script>alert(1)" not in html
    offer = practice_data(html)["hasOfferCatalog"]["itemListElement"][0]
    assert offer["description"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize(
    "amount, words",
    [("60", "£60"), ("60.00", "£60"), ("17.5", "£17.50"), ("0", "£0"), ("1200", "£1,200")],
)
def test_pounds_as_people_read_them(amount, words):
    assert pounds(Decimal(amount)) == words


@pytest.mark.parametrize(
    "note, fee",
    [
        ("", "Free"),
        ("free, with no obligation", "Free, with no obligation"),
        ("Free", "Free"),
        ("first session only", "Free, first session only"),
        ("freedom to choose", "Free, freedom to choose"),
    ],
)
def test_a_free_service_never_says_free_twice(note, fee):
    assert Service(price=Decimal("0"), price_note=note, minutes=20).fee() == fee


def test_an_address_without_a_postcode_keeps_its_lines():
    assert postal_address("12 Mill Lane\nTotnes") == {
        "@type": "PostalAddress",
        "streetAddress": "12 Mill Lane",
        "addressLocality": "Totnes",
    }
    assert postal_address("The Studio")["streetAddress"] == "The Studio"


# The admin -----------------------------------------------------------------------------


def service_form(**fields):
    return nested_form_data(
        {
            "name": "Walk and talk",
            "kind": "coaching",
            "summary": "Coaching outdoors, on a route you choose.",
            "minutes": "60",
            "price": "70",
            "price_note": "per session",
            "online": "",
            "in_person": "on",
            "what_happens": rich_text("<p>We walk and talk at your pace.</p>"),
            "cancellation_policy": "Cancel up to 24 hours before at no cost.",
            "sort_order": "5",
            **fields,
        }
    )


def test_an_editor_keeps_the_services_up_to_date(client, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailsnippets_home_service:add"), service_form())
    assert response.status_code == 302, response.context["form"].errors
    service = Service.objects.get(name="Walk and talk")
    assert (service.price, service.in_person, service.online) == (Decimal("70"), True, False)

    edit = reverse("wagtailsnippets_home_service:edit", args=[service.pk])
    response = client.post(edit, service_form(price="75"))
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.price == Decimal("75")

    response = client.post(reverse("wagtailsnippets_home_service:delete", args=[service.pk]))
    assert response.status_code == 302
    assert not Service.objects.exists()


def test_a_service_needs_a_real_price_and_length(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_home_service:add"), service_form(price="-5", minutes="0")
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"price", "minutes"}
    assert not Service.objects.exists()


def test_the_list_shows_kind_length_and_price(client, editor):
    free_consultation()
    ServiceFactory(name="Coaching session", sort_order=2)
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_home_service:list"))
    assert response.status_code == 200
    words = text_of(response.content.decode())
    assert "First consultation 20 Free" in words
    assert "Coaching 50 £60" in words
    assert words.index("Free first consultation") < words.index("Coaching session")


def test_the_list_filters_by_kind_and_by_how_sessions_happen(client, editor):
    free_consultation()
    ServiceFactory(name="Coaching session", in_person=True, by_phone=False)
    client.force_login(editor)
    url = reverse("wagtailsnippets_home_service:list")
    html = client.get(url, {"kind": "consultation"}).content.decode()
    assert "Free first consultation" in html and "Coaching session" not in html
    html = client.get(url, {"way": "in_person"}).content.decode()
    assert "Coaching session" in html and "Free first consultation" not in html
    html = client.get(url, {"way": "by_phone"}).content.decode()
    assert "Free first consultation" in html and "Coaching session" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"ordering": "bogus", "p": "x"},
        {"ordering": "-price", "p": "999"},
        {"kind": "nonsense", "way": "by_pigeon"},
        {"q": "coaching", "ordering": "__str__"},
    ],
)
def test_the_list_never_fails_on_stray_query_parameters(client, editor, query):
    ServiceFactory()
    client.force_login(editor)
    for name in ("list", "list_results"):
        response = client.get(reverse(f"wagtailsnippets_home_service:{name}"), query)
        assert response.status_code == 200, (name, query, response.status_code)


def test_someone_who_is_not_an_editor_cannot_change_services(client, db):
    service = ServiceFactory()
    client.force_login(UserFactory())
    for url in (
        reverse("wagtailsnippets_home_service:list"),
        reverse("wagtailsnippets_home_service:edit", args=[service.pk]),
    ):
        assert client.get(url).status_code in (302, 403)
    client.post(
        reverse("wagtailsnippets_home_service:edit", args=[service.pk]), service_form(price="1")
    )
    service.refresh_from_db()
    assert service.price == Decimal("60")


def test_the_opening_hours_block_previews_in_words():
    block = OpeningHoursBlock()
    html = block.render(block.get_preview_value())
    assert text_of(re.sub(r"</?time[^>]*>", "", html)) == "Monday and Tuesday, 9:00–18:00"
    every_day = block.to_python(
        {"days": [day for day, _ in reversed(DAYS)], "opens": "08:00", "closes": "20:30"}
    )
    assert every_day.days_in_words() == "Every day"
    assert every_day.closes_time() == datetime.time(20, 30)
    split = block.to_python({"days": ["Friday", "Tuesday", "Monday", "Wednesday"]})
    assert split.days_in_words() == "Monday to Wednesday and Friday"

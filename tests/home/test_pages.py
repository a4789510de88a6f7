"""Every page type is routable, renders, previews, and sits where it is allowed."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.factories import ArticleIndexPageFactory
from articles.models import ArticleIndexPage
from donations.models import DonationPage
from enrolment.models import EnrolPage
from home.factories import StandardPageFactory
from home.models import ContactPage, HomePage, ServicesPage, StandardPage, TeamPage


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.about = StandardPageFactory(parent=cls.home, slug="about")
        cls.index = ArticleIndexPageFactory(parent=cls.home)

    def test_the_site_root_is_a_home_page(self):
        self.assertIsInstance(self.home, HomePage)

    def preview_data(self, page, **fields):
        """Edit-form data for a preview; StreamFields need their management fields."""
        body = [("paragraph", rich_text("<p>Previewing a draft.</p>"))]
        data = {"title": page.title, "slug": page.slug, **fields}
        if hasattr(page, "body"):
            data["body"] = streamfield(body)
        return nested_form_data(data)

    def test_home_and_standard_pages_are_routable_renderable_and_previewable(self):
        previews = {
            self.home: self.preview_data(self.home),
            self.about: self.preview_data(self.about, intro=""),
        }
        for page, post_data in previews.items():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsPreviewable(page, post_data=post_data)

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                ContactPage,
                TeamPage,
                ServicesPage,
                ArticleIndexPage,
                DonationPage,
                EnrolPage,
            },
        )
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_singletons_cannot_be_added_twice(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))
        self.assertFalse(ArticleIndexPage.can_create_at(self.home))

    def test_an_editor_can_create_a_standard_page_with_every_block(self):
        self.login()
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Fees",
                    "slug": "fees",
                    "intro": "What sessions cost.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Sessions", "level": "h2"}),
                            ("paragraph", rich_text("<p>Fifty minutes, once a week.</p>")),
                            ("quote", {"text": "Worth it.", "attribution": "A client"}),
                            (
                                "call_to_action",
                                {
                                    "heading": "Ready?",
                                    "text": "",
                                    "button_label": "Enrol",
                                    "page": self.about.pk,
                                    "link_url": "",
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="fees")
        response = self.client.get(page.url)
        self.assertContains(response, '<h2 id="section-sessions">Sessions</h2>', html=True)
        self.assertContains(response, "Fifty minutes, once a week.")
        self.assertContains(response, f'href="{self.about.url}"')

    def test_call_to_action_needs_a_page_or_a_url(self):
        self.login()
        data = nested_form_data(
            {
                "title": "Broken",
                "slug": "broken",
                "intro": "",
                "body": streamfield(
                    [
                        (
                            "call_to_action",
                            {
                                "heading": "Go",
                                "text": "",
                                "button_label": "Go",
                                "page": "",
                                "link_url": "",
                            },
                        )
                    ]
                ),
            }
        )
        response = self.client.post(f"/admin/pages/add/home/standardpage/{self.home.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(StandardPage.objects.filter(slug="broken").exists())

"""The owner can make (or make again) /enrol/ under the home page in the admin."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from enrolment.models import EnrolPage
from home.models import HomePage


class EnrolPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific

    def test_it_lives_under_the_home_page_once(self):
        self.assertAllowedParentPageTypes(EnrolPage, {HomePage})
        self.assertAllowedSubpageTypes(EnrolPage, set())
        self.assertTrue(EnrolPage.can_create_at(self.home))
        self.assertFalse(EnrolPage.can_create_at(Page.get_first_root_node()))

    def test_the_owner_creates_it_in_the_admin_and_it_serves_the_form(self):
        self.login()
        self.assertCanCreate(
            self.home,
            EnrolPage,
            nested_form_data(
                {
                    "title": "Enrol",
                    "slug": "enrol",
                    "intro": rich_text("<p>Tell us what you would like help with.</p>"),
                    "regular_price": "80",
                    "privacy_page": "",
                    "next_steps": rich_text(""),
                }
            ),
        )
        page = EnrolPage.objects.get(slug="enrol")
        self.assertFalse(EnrolPage.can_create_at(self.home))  # one enrol page only
        response = self.client.get("/enrol/")
        self.assertContains(response, "Tell us what you would like help with.")
        self.assertContains(response, 'name="help_with"')
        self.assertPageIsRoutable(page, "thank-you/")

"""Article pages work with Wagtail's editor workflow: create, preview, schedule, revise."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory, CategoryFactory
from articles.models import ArticleIndexPage, ArticlePage
from home.models import HomePage


class ArticlePageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.index = ArticleIndexPageFactory(parent=cls.home)
        cls.article = ArticlePageFactory(parent=cls.index, tags=["calm"])
        cls.category = CategoryFactory(name="Coping", slug="coping")

    def article_form(self, **fields):
        data = nested_form_data(
            {
                "title": "Sitting with uncertainty",
                "slug": "sitting-with-uncertainty",
                "subtitle": "",
                "intro": "Not knowing is hard; here is how to bear it.",
                "hero_alt": "",
                "hero_caption": "",
                "date": "2026-11-01",
                "tags": "uncertainty, coping",
                "body": streamfield(
                    [
                        ("heading", {"text": "Why it is hard", "level": "h2"}),
                        ("paragraph", rich_text("<p>Our minds prefer a bad answer to none.</p>")),
                        (
                            "questions",
                            {
                                "heading": "Questions to ask yourself",
                                "questions": streamfield([("item", "What can I control today?")]),
                            },
                        ),
                    ]
                ),
                "related_links": inline_formset([]),
                **fields,
            }
        )
        data["categories"] = [self.category.pk]  # a multiple choice, not a nested form
        return data

    def test_routable_renderable_and_previewable(self):
        self.assertPageIsRoutable(self.index)
        for route in ["", "tag/calm/", "feed/"]:
            self.assertPageIsRoutable(self.index, route)
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.article)
        self.assertPageIsPreviewable(
            self.index,
            post_data=nested_form_data({"title": "Articles", "slug": "articles", "intro": ""}),
        )
        self.assertPageIsPreviewable(
            self.article, post_data=self.article_form(slug=self.article.slug)
        )

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_an_editor_writes_an_article_in_the_admin(self):
        self.login()
        self.assertCanCreate(self.index, ArticlePage, self.article_form())
        article = ArticlePage.objects.get(slug="sitting-with-uncertainty")
        assert [tag.name for tag in article.tags.all()] == ["coping", "uncertainty"]
        assert list(article.categories.all()) == [self.category]
        html = self.client.get(article.url).content.decode()
        assert "What can I control today?" in html

    def test_scheduled_publishing_waits_for_go_live(self):
        self.login()
        go_live = (timezone.now() + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
        response = self.client.post(
            f"/admin/pages/add/articles/articlepage/{self.index.pk}/",
            self.article_form(go_live_at=go_live, **{"action-publish": "publish"}),
        )
        assert response.status_code == 302
        article = ArticlePage.objects.get(slug="sitting-with-uncertainty")
        assert not article.live
        assert article.get_latest_revision().approved_go_live_at is not None
        assert self.client.get("/articles/sitting-with-uncertainty/").status_code == 404

    def test_edits_keep_revisions(self):
        self.login()
        self.article.title = "Revised title"
        self.article.save_revision().publish()
        self.article.title = "Draft edit"
        self.article.save_revision()
        assert self.article.revisions.count() == 2
        self.client.logout()
        assert "Revised title" in self.client.get(self.article.url).content.decode()

"""The "Related:" line inside an article: one line to another article, gone once that
article is unpublished or deleted."""

import pytest
from django.urls import reverse
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.blocks import ArticleStreamBlock, RelatedArticleBlock
from articles.factories import ArticlePageFactory
from articles.models import ArticlePage

pytestmark = pytest.mark.django_db


def with_related(index, target, **value):
    return ArticlePageFactory(
        parent=index,
        title="Sleep after a loss",
        slug="sleep-after-loss",
        body=[
            ("paragraph", RichText("<p>Nights are long.</p>")),
            ("related", {"page": target, **value}),
        ],
    )


@pytest.fixture
def target(article_index):
    return ArticlePageFactory(parent=article_index, title="When grief comes in waves", slug="waves")


def test_the_related_line_links_to_the_chosen_article(client, article_index, target):
    article = with_related(article_index, target)
    html = client.get(article.url).content.decode()
    assert (
        '<p class="related-line"><strong>Related:</strong> '
        '<a href="/articles/waves/">When grief comes in waves</a></p>'
    ) in html


def test_the_label_can_be_the_editors_own(client, article_index, target):
    article = with_related(article_index, target, label="Read next:")
    assert "<strong>Read next:</strong>" in client.get(article.url).content.decode()


def test_the_line_hides_once_its_article_is_unpublished(client, article_index, target):
    article = with_related(article_index, target)
    target.unpublish()
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "related-line" not in html and "When grief comes in waves" not in html


def test_the_line_hides_once_its_article_is_deleted(client, article_index, target):
    article = with_related(article_index, target)
    target.delete()
    response = client.get(article.url)
    assert response.status_code == 200
    assert "related-line" not in response.content.decode()


def test_only_articles_can_be_chosen(home_page, about_page, article_index, target):
    block = RelatedArticleBlock()
    assert block.child_blocks["page"].target_model is ArticlePage
    assert block.clean(block.to_python({"page": target.pk, "label": "Related:"}))
    with pytest.raises(Exception):  # noqa: B017 - the page chooser's own validation error
        block.clean(block.to_python({"page": about_page.pk, "label": "Related:"}))


def test_the_block_preview_renders(admin_client):
    block = ArticleStreamBlock().child_blocks["related"]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert "related-line" in response.content.decode()


def test_an_editor_adds_a_related_line_in_the_admin(admin_client, article_index, target):
    data = nested_form_data(
        {
            "title": "Sleep after a loss",
            "slug": "sleep-after-loss",
            "intro": "Nights are long.",
            "date": "2026-11-01",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Nights are long.</p>")),
                    ("related", {"page": target.pk, "label": "Related:"}),
                ]
            ),
            "subtitle": "",
            "hero_alt": "",
            "hero_caption": "",
            "tags": "",
            "related_links": inline_formset([]),
        }
    )
    data["action-publish"] = "publish"
    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=["articles", "articlepage", article_index.pk]),
        data,
    )
    assert response.status_code == 302, response.context["form"].errors
    article = ArticlePage.objects.get(slug="sleep-after-loss")
    assert article.body[1].value.article() == target

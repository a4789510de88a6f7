import pytest
import wagtail_factories

from articles.factories import ArticlePageFactory, AuthorFactory, CategoryFactory


@pytest.fixture
def coping(db):
    return CategoryFactory(name="Coping", slug="coping", description="Ways through hard days.")


@pytest.fixture
def cara(db):
    return AuthorFactory(name="Cara Lane", slug="cara-lane")


@pytest.fixture
def hero(db):
    return wagtail_factories.ImageFactory(title="Calm shapes")


@pytest.fixture
def full_article(article_index, coping, cara, hero):
    """An article with everything filled in: image, author, category, tags."""
    return ArticlePageFactory(
        parent=article_index,
        title="Breathing through worry",
        slug="breathing-through-worry",
        subtitle="A two-minute practice",
        intro="Slow out-breaths calm the body.",
        author=cara,
        hero_image=hero,
        hero_alt="Soft blue circles",
        hero_caption="Slow ripples",
        categories=[coping],
        tags=["anxiety", "breathing"],
    )

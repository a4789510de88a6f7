"""What an article shows: contents, reading time, related and neighbouring articles, SEO."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.rich_text import RichText

from articles.factories import ArticlePageFactory
from articles.models import ArticleRelatedLink

pytestmark = pytest.mark.django_db


def test_table_of_contents_links_each_section(client, article):
    page = client.get(article.url).content.decode()
    assert 'aria-labelledby="toc-heading"' in page
    assert '<a href="#section-first-things">First things</a>' in page
    assert '<h2 id="section-first-things">First things</h2>' in page


def test_reading_time_follows_the_length(article_index):
    words = " ".join(["word"] * 1000)
    long_read = ArticlePageFactory(
        parent=article_index, body=[("paragraph", RichText(f"<p>{words}</p>"))]
    )
    short_read = ArticlePageFactory(parent=article_index)
    assert long_read.reading_minutes == 5
    assert short_read.reading_minutes == 1


def test_hero_image_needs_alt_text(article, hero):
    article.hero_image = hero
    article.hero_alt = "  "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "hero_alt" in error.value.message_dict


def test_related_falls_back_to_articles_sharing_most_tags(client, article_index):
    page = ArticlePageFactory(parent=article_index, tags=["anxiety", "sleep", "habits"])
    ArticlePageFactory(parent=article_index, title="Nothing shared", tags=["grief"])
    two_shared = ArticlePageFactory(
        parent=article_index, title="Two shared", tags=["anxiety", "sleep"]
    )
    one_shared = ArticlePageFactory(parent=article_index, title="One shared", tags=["habits"])
    ArticlePageFactory(
        parent=article_index, title="Also nothing", tags=["grief"], date="2000-01-01"
    )
    assert page.related_articles[:2] == [two_shared, one_shared]
    assert page.related_articles[2].title == "Nothing shared"  # the newest of the rest
    related = client.get(page.url).content.decode().split('id="related-heading"')[1]
    assert (
        related.index("Two shared") < related.index("One shared") < related.index("Nothing shared")
    )
    assert "Also nothing" not in related


def test_related_then_prefers_the_same_category(article_index, coping):
    page = ArticlePageFactory(parent=article_index, categories=[coping])
    same = ArticlePageFactory(parent=article_index, categories=[coping], date="2000-01-01")
    newer = ArticlePageFactory(parent=article_index, date="2026-01-01")
    assert page.related_articles == [same, newer]


def test_editor_choice_of_related_articles_wins(article_index):
    page = ArticlePageFactory(parent=article_index, tags=["anxiety"])
    ArticlePageFactory(parent=article_index, title="Shares a tag", tags=["anxiety"])
    chosen = ArticlePageFactory(parent=article_index, title="Chosen")
    ArticleRelatedLink.objects.create(page=page, related=chosen)
    page.refresh_from_db()
    assert page.related_articles == [chosen]


def test_related_never_lists_drafts(article_index):
    page = ArticlePageFactory(parent=article_index, tags=["anxiety"])
    ArticlePageFactory(parent=article_index, tags=["anxiety"], live=False)
    assert page.related_articles == []


def test_previous_and_next_follow_publication_date(client, article_index):
    first = ArticlePageFactory(parent=article_index, title="First", date="2026-01-01")
    middle = ArticlePageFactory(parent=article_index, title="Middle", date="2026-02-01")
    last = ArticlePageFactory(parent=article_index, title="Last", date="2026-03-01")
    ArticlePageFactory(parent=article_index, title="Draft", date="2026-02-15", live=False)
    assert middle.previous_article() == first
    assert middle.next_article() == last
    assert first.previous_article() is None
    html = client.get(middle.url).content.decode()
    assert f'href="{first.url}" rel="prev"' in html
    assert f'href="{last.url}" rel="next"' in html


def test_search_engine_metadata(client, full_article):
    html = client.get(full_article.url).content.decode()
    assert '<meta name="description" content="Slow out-breaths calm the body.">' in html
    assert f'<link rel="canonical" href="{full_article.full_url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Breathing through worry">' in html
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/images/[^"]+1200x630', html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data["@type"] == "Article"
    assert data["headline"] == "Breathing through worry"
    assert data["author"] == {"@type": "Person", "name": "Cara Lane"}
    assert data["keywords"] == ["anxiety", "breathing"]


def test_structured_data_cannot_break_out_of_its_script(client, article_index):
    page = ArticlePageFactory(parent=article_index, title="</script><script>alert(1)</script>")
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html


def test_seo_title_and_description_override(client, article_index):
    page = ArticlePageFactory(
        parent=article_index, seo_title="Better title", search_description="Better summary"
    )
    html = client.get(page.url).content.decode()
    assert "<title>Better title · Tranquil</title>" in html
    assert '<meta name="description" content="Better summary">' in html


def test_body_images_are_lazy_and_responsive(client, article_index, hero):
    page = ArticlePageFactory(
        parent=article_index,
        hero_image=hero,
        hero_alt="Calm",
        body=[
            (
                "image",
                {
                    "image": {"image": hero, "alt_text": "A quiet room", "decorative": False},
                    "caption": "",
                },
            )
        ],
    )
    html = client.get(page.url).content.decode()
    hero_tag = re.search(r'<img[^>]*alt="Calm"[^>]*>', html).group(0)
    assert "srcset=" in hero_tag and 'loading="lazy"' not in hero_tag
    body_tag = re.search(r'<img[^>]*alt="A quiet room"[^>]*>', html).group(0)
    assert 'loading="lazy"' in body_tag and "srcset=" in body_tag

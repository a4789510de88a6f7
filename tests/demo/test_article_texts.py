"""The demo's long articles read like real ones and use only blocks the seed can build.

Every module in demo/articles/ is found with pkgutil over the package path, so the checks
cover new articles as soon as their file exists, with or without the package's __init__.
"""

import importlib
import pkgutil
import re
from html import unescape
from html.parser import HTMLParser

import pytest

import demo.articles
from demo import content
from demo.images import SCENES

MIN_WORDS, MAX_WORDS = 900, 1800
CATEGORIES = {"goals-and-change", "coaching-and-counselling", "coping", "relationships"}
BLOCK_TYPES = {
    "paragraph",
    "heading",
    "quote",
    "questions",
    "image",
    "related",
    "donate",
    "newsletter",
}
RICH_TEXT_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "h3", "h4"}
KEYS = {"title", "slug", "intro", "days_ago", "category", "tags", "hero_scene", "hero_alt", "body"}


def article_modules():
    found = []
    for info in pkgutil.iter_modules(demo.articles.__path__):
        if info.ispkg or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"demo.articles.{info.name}")
        if hasattr(module, "ARTICLE"):
            found.append((info.name, module.ARTICLE))
    return sorted(found)


MODULES = article_modules()
ARTICLES = dict(MODULES)
SLUGS = {article["slug"] for article in ARTICLES.values()}


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))


def words(article):
    """Intro plus the visible text of paragraphs, headings, quotes, questions and captions."""
    parts = [article["intro"]]
    for kind, value in article["body"]:
        if kind == "paragraph":
            parts.append(value)
        elif kind == "heading":
            parts.append(value["text"])
        elif kind == "quote":
            parts += [value["text"], value.get("attribution", "")]
        elif kind == "questions":
            parts += [value["heading"], *value["questions"]]
        elif kind == "image":
            parts.append(value["caption"])
    text = unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))
    return len(text.split())


def blocks(article, kind):
    return [value for block_type, value in article["body"] if block_type == kind]


def test_the_package_holds_articles():
    assert len(MODULES) >= 5, [name for name, _ in MODULES]


def test_slugs_and_titles_are_unique():
    slugs = [article["slug"] for _, article in MODULES]
    titles = [article["title"] for _, article in MODULES]
    assert len(set(slugs)) == len(slugs), slugs
    assert len(set(titles)) == len(titles), titles


@pytest.mark.parametrize(("name", "article"), MODULES, ids=[name for name, _ in MODULES])
def test_article_fields(name, article):
    assert set(article) == KEYS, name
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", article["slug"])
    assert article["title"].strip() and article["intro"].strip()
    assert isinstance(article["days_ago"], int) and article["days_ago"] >= 0
    assert article["category"] in CATEGORIES
    assert 2 <= len(article["tags"]) <= 4
    assert all(re.fullmatch(r"[a-z][a-z-]*", tag) for tag in article["tags"]), article["tags"]
    assert article["hero_scene"] in SCENES
    assert article["hero_alt"].startswith("Illustration: ")


@pytest.mark.parametrize(("name", "article"), MODULES, ids=[name for name, _ in MODULES])
def test_article_length(name, article):
    assert MIN_WORDS <= words(article) <= MAX_WORDS, (name, words(article))


@pytest.mark.parametrize(("name", "article"), MODULES, ids=[name for name, _ in MODULES])
def test_article_has_a_captioned_image(name, article):
    images = blocks(article, "image")
    assert images, name
    for image in images:
        assert image["scene"] in SCENES, image["scene"]
        assert image["alt"].strip(), name
        assert image["caption"].strip(), name


@pytest.mark.parametrize(("name", "article"), MODULES, ids=[name for name, _ in MODULES])
def test_article_uses_only_known_blocks(name, article):
    kinds = [kind for kind, _ in article["body"]]
    assert set(kinds) <= BLOCK_TYPES, set(kinds) - BLOCK_TYPES
    assert kinds.count("newsletter") <= 1 and kinds.count("donate") <= 1
    for value in blocks(article, "heading"):
        assert value["text"].strip() and value["level"] in {"h2", "h3", "h4"}
    assert blocks(article, "heading")[0]["level"] == "h2", "the contents start at h2"
    for value in blocks(article, "quote"):
        assert value["text"].strip() and isinstance(value.get("attribution", ""), str)
    for value in blocks(article, "questions"):
        assert value["heading"].strip() and len(value["questions"]) >= 2
        assert all(question.strip() for question in value["questions"])
    for value in blocks(article, "donate") + blocks(article, "newsletter"):
        assert value == {}


@pytest.mark.parametrize(("name", "article"), MODULES, ids=[name for name, _ in MODULES])
def test_paragraphs_use_only_allowed_rich_text(name, article):
    for html in blocks(article, "paragraph"):
        assert html.startswith("<"), html[:40]
        parser = TagCollector()
        parser.feed(html)
        assert parser.tags <= RICH_TEXT_TAGS, parser.tags - RICH_TEXT_TAGS
        assert all(parser.links), "every link has an href"


@pytest.mark.parametrize(("name", "article"), MODULES, ids=[name for name, _ in MODULES])
def test_related_lines_point_at_another_article(name, article):
    for value in blocks(article, "related"):
        assert value["slug"] in SLUGS, value["slug"]
        assert value["slug"] != article["slug"], "an article is not related to itself"


def test_the_set_shows_a_donate_block_and_a_related_line():
    assert any(blocks(article, "donate") for article in ARTICLES.values())
    assert any(blocks(article, "related") for article in ARTICLES.values())


def test_every_module_is_seeded_and_every_demo_comment_finds_its_article():
    """seed_demo reads demo.articles.ARTICLES; comments are addressed to articles by slug."""
    assert sorted(a["slug"] for a in demo.articles.ARTICLES) == sorted(SLUGS)
    assert {slug for slug, _ in content.COMMENTS} <= SLUGS

"""Turn the demo articles' plain descriptions into the StreamField values editors would make.

The article modules (demo/articles/) name illustrations by scene and other articles by slug;
here those become images, pages and the donate page, so the texts stay free of database ids.
"""

from articles.blocks import DonateBlock, NewsletterSignupBlock

from .images import scene_image


def in_dependency_order(articles):
    """Articles whose "Related:" lines point at others come after the ones they point at."""
    targets = {value["slug"] for a in articles for kind, value in a["body"] if kind == "related"}
    return sorted(articles, key=lambda article: article["slug"] not in targets)


def build_body(article, pages_by_slug, donate_page):
    """The StreamField value for one article, or KeyError if a related article is missing."""
    body = []
    for kind, value in article["body"]:
        if kind == "image":
            image = scene_image(value["scene"])
            value = {
                "image": {"image": image, "alt_text": value["alt"], "decorative": False},
                "caption": value["caption"],
            }
        elif kind == "related":
            value = {"page": pages_by_slug[value["slug"]]}
        elif kind == "donate":
            value = {**DonateBlock().get_default(), "page": donate_page}
        elif kind == "newsletter":
            value = NewsletterSignupBlock().get_default()
        body.append((kind, value))
    return body

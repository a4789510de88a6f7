"""Articles shown on other pages (the home page's latest articles), by name in templates.

Apps that must not import articles in Python (home) reach its listings through here.
"""

from django import template

from articles.models import ArticleIndexPage, ArticlePage, with_card_data

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_articles(context, count=3):
    """The newest live, public articles with their card data, and where the rest are.

    A fixed number of queries however many are shown: the cards' authors, categories and
    image renditions come in with the articles.
    """
    articles = with_card_data(ArticlePage.objects.live().public().order_by("-date", "-pk"))
    index = ArticleIndexPage.objects.live().public().order_by("path").first()
    request = context.get("request")
    return {
        "articles": list(articles[: max(1, int(count))]),
        "index_url": index.get_url(request) if index else "",
    }

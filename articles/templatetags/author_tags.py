"""Authors on other pages: the articles a practitioner wrote (for their page on the team)
and where an author's name leads in bylines and the author box.

The home app must not import articles in Python; its templates reach articles through here.
"""

from django import template

from articles.models import ArticlePage, with_card_data

register = template.Library()


@register.simple_tag
def articles_by_authors(authors, count=6):
    """The newest live, public articles written as any of `authors` (a practitioner page's
    `page.authors.all`), ready for listing cards, in a fixed number of queries."""
    articles = with_card_data(
        ArticlePage.objects.live().public().filter(author__in=authors).order_by("-date", "-pk")
    )
    return list(articles[: max(1, int(count))])


@register.simple_tag(takes_context=True)
def author_url(context, author, index_url):
    """Where an author's name leads: their page on the team while it is published, else
    the listing of their articles under `index_url`."""
    page = author.team_page
    if page is not None:
        return page.get_url(context.get("request"))
    return f"{index_url}author/{author.slug}/"

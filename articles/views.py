"""Site search over articles."""

import re
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render

from .models import ArticlePage, with_card_data

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Words are what readers search for. Quotes, brackets, operators and control characters
# mean something to the search engine underneath (SQLite's FTS5, PostgreSQL), never to us.
NOT_A_WORD = re.compile(r"[^\w\s'-]|_")


def search(request):
    """Search live, public articles; the query is echoed back escaped, never trusted."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    words = " ".join(NOT_A_WORD.sub(" ", query).split())
    page_obj = None
    if query:
        results = with_card_data(ArticlePage.objects.live().public())
        results = results.search(words) if words else results.none()
        try:
            page_obj = Paginator(results, RESULTS_PER_PAGE).page(request.GET.get("page") or 1)
        except (PageNotAnInteger, EmptyPage) as error:
            raise Http404("No such page of results.") from error
    return render(
        request,
        "articles/search.html",
        {
            "query": query,
            "page_obj": page_obj,
            "pagination_query": urlencode({"q": query}) + "&",
            "listing_title": f"Search results for “{query}”" if query else "Search",
        },
    )

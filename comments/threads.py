"""Threads as readers see them: nested up to COMMENTS_MAX_DEPTH, in pages of
COMMENTS_PER_PAGE top-level threads.

Pages are numbered from the oldest threads, so a page keeps its comments as new ones
arrive (and its cached copy stays right); the page shown first is the newest or the
oldest, as the owner chooses in Site settings.
"""

import math

from django.conf import settings

from .models import Comment

NEWEST = "newest"


def build_tree(comments, page):
    """Nest comments under their parents, in one pass over one query's rows.

    A reply that would sit deeper than the maximum (the setting changed, say) joins the
    deepest level shown, beside the comment it answers: the same place a reply posted to
    that comment takes (moderation.reply_target), so the page never nests past the maximum.
    """
    author_id = getattr(page, "author_user_id", None)
    nodes = {}
    roots = []
    for comment in comments:
        comment.badge = (
            "Author"
            if author_id and comment.user_id == author_id
            else "Team"
            if comment.by_team
            else ""
        )
        if comment.parent_id and comment.parent_id not in nodes:
            # Its parent was removed or awaits moderation: keep the reply in context.
            placeholder = {"comment": None, "children": [], "depth": 1, "up": None}
            nodes[comment.parent_id] = placeholder
            roots.append(placeholder)
        parent = nodes.get(comment.parent_id)
        depth = parent["depth"] + 1 if parent else 1
        while parent and depth > settings.COMMENTS_MAX_DEPTH:
            # Climb the tree as drawn, not the stored parents, which may sit deeper still.
            parent = parent["up"]
            depth -= 1
        node = {"comment": comment, "children": [], "depth": depth, "up": parent}
        nodes[comment.pk] = node
        (parent["children"] if parent else roots).append(node)
    return roots, nodes


def page_count(roots):
    return max(1, math.ceil(len(roots) / settings.COMMENTS_PER_PAGE))


def first_page(roots, first_shown):
    return page_count(roots) if first_shown == NEWEST else 1


def chosen_page(value, roots, first_shown):
    """The page a `?cpage=` value asks for: the first one shown when it asks for none (or
    for one that is not there)."""
    pages = page_count(roots)
    if value and value.isdecimal() and 1 <= int(value) <= pages:
        return int(value)
    return first_page(roots, first_shown)


def on_page(roots, number):
    size = settings.COMMENTS_PER_PAGE
    return roots[(number - 1) * size : number * size]


def page_of(comment, first_shown):
    """(the page a comment is on, the page shown first), to link straight to it."""
    page = comment.page.specific
    roots, nodes = build_tree(Comment.objects.for_display(page, [comment.pk]), page)
    node = nodes.get(comment.pk)
    while node is not None and node["up"] is not None:
        node = node["up"]
    index = next((n for n, root in enumerate(roots) if root is node), 0)
    return index // settings.COMMENTS_PER_PAGE + 1, first_page(roots, first_shown)


def link_to(comment, first_shown):
    """The comment's address on its page: `?cpage=N` only when it is not the first shown."""
    number, first = page_of(comment, first_shown)
    query = "" if number == first else f"?cpage={number}"
    return f"{comment.page.url}{query}#comment-{comment.pk}"

"""The comment section under a page: count, threads, and the form."""

import re

from django import template
from django.conf import settings
from django.utils.html import urlize
from django.utils.safestring import mark_safe

from comments.forms import CommentForm
from comments.models import Comment
from comments.moderation import comments_open
from comments.views import CARE_SESSION_KEY, PENDING_SESSION_KEY

register = template.Library()


def build_tree(comments, page):
    """Nest comments under their parents, in one pass over one query's rows.

    Replies that sit deeper than the maximum (the setting changed, say) join the
    deepest level shown.
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
            placeholder = {"comment": None, "children": [], "depth": 1}
            nodes[comment.parent_id] = placeholder
            roots.append(placeholder)
        parent = nodes.get(comment.parent_id)
        depth = parent["depth"] + 1 if parent else 1
        while parent and depth > settings.COMMENTS_MAX_DEPTH:
            parent = nodes.get(parent["comment"].parent_id)
            depth -= 1
        node = {"comment": comment, "children": [], "depth": depth}
        nodes[comment.pk] = node
        (parent["children"] if parent else roots).append(node)
    return roots, nodes


@register.inclusion_tag("comments/section.html", takes_context=True)
def page_comments(context, page):
    request = context["request"]
    pending_ids = request.session.get(PENDING_SESSION_KEY, [])
    roots, nodes = build_tree(Comment.objects.for_display(page, pending_ids), page)
    count = sum(
        1
        for node in nodes.values()
        if node["comment"] is not None and node["comment"].status == Comment.Status.APPROVED
    )

    is_open = comments_open(page)
    form = getattr(request, "comment_form", None)
    reply_to = None
    if form is None and is_open:
        reply_to = nodes.get(_int(request.GET.get("replyto")))
        form = CommentForm(
            user=request.user,
            scope=page.pk,
            initial={"page": page.pk, "parent": reply_to["comment"].pk if reply_to else None},
        )
    elif form is not None:
        reply_to = nodes.get(_int(form.data.get("parent")))
    if reply_to is not None and reply_to["comment"] is None:
        reply_to = None
    return {
        "request": request,
        "page": page,
        "roots": roots,
        "count": count,
        "is_open": is_open,
        "form": form,
        "reply_to": reply_to["comment"] if reply_to else None,
        "show_care": request.session.pop(CARE_SESSION_KEY, False),
        "settings": context.get("settings"),
        "csrf_token": context.get("csrf_token"),
    }


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@register.filter
def comment_body(text):
    """Plain text made safe: HTML escaped, links clickable but not endorsed, paragraphs kept."""
    html = urlize(text, nofollow=True, autoescape=True)
    html = html.replace('rel="nofollow"', 'rel="nofollow ugc"')
    paragraphs = re.split(r"\n\s*\n", html.replace("\r\n", "\n").strip())
    return mark_safe(  # noqa: S308 - every piece was escaped by urlize above
        "".join(f"<p>{paragraph.replace(chr(10), '<br>')}</p>" for paragraph in paragraphs)
    )

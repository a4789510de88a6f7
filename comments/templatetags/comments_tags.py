"""The comment section under a page: count, threads in pages, and the form.

The threads are the same for every reader until a comment is approved, removed or edited,
so their HTML is cached under the page's comment version (comments/receivers.py bumps
it). A reader who has comments awaiting moderation, is replying without JavaScript or is
sending the form again sees them made afresh: what they see is theirs.
"""

from django import template
from django.template.loader import render_to_string

from comments import threads
from comments.forms import CommentForm
from comments.models import Comment
from comments.moderation import comments_open
from comments.views import CARE_SESSION_KEY, PENDING_SESSION_KEY
from core.fragments import kept, version
from home.models import SiteSettings

register = template.Library()

THREAD_CACHE_SECONDS = 24 * 60 * 60


@register.inclusion_tag("comments/section.html", takes_context=True)
def page_comments(context, page):
    request = context["request"]
    pending_ids = request.session.get(PENDING_SESSION_KEY, [])
    show_care = request.session.pop(CARE_SESSION_KEY, False)
    if show_care:
        # The care note carries the crisis text, so the footer only links to it.
        request.crisis_on_page = True
    form = getattr(request, "comment_form", None)
    replying = request.GET.get("replyto") or (form is not None and form.data.get("parent"))
    is_open = comments_open(page)
    first_shown = SiteSettings.load(request_or_site=request).comments_first_page
    wanted = request.GET.get("cpage", "")
    personal = bool(pending_ids or form is not None or replying)
    key = (
        f"comments:{page.pk}:{version(f'comments:{page.pk}')}:{context.get('content_version')}"
        f":{is_open}:{first_shown}:{wanted[:6]}"
    )
    shown = None if personal else kept().get(key)
    reply_to = None
    if shown is None:
        roots, nodes = threads.build_tree(Comment.objects.for_display(page, pending_ids), page)
        number = threads.chosen_page(wanted, roots, first_shown)
        shown = {
            "count": sum(
                1
                for node in nodes.values()
                if node["comment"] is not None and node["comment"].status == Comment.Status.APPROVED
            ),
            "html": render_to_string(
                "comments/thread.html",
                {
                    "roots": threads.on_page(roots, number),
                    "page": page,
                    "is_open": is_open,
                    "number": number,
                    "pages": threads.page_count(roots),
                },
            ),
        }
        if not personal:
            kept().set(key, shown, THREAD_CACHE_SECONDS)
        reply_to = nodes.get(_int(replying))
    if reply_to is not None and reply_to["comment"] is None:
        reply_to = None
    form_html = None
    if form is None and is_open:
        form = CommentForm(
            user=request.user,
            scope=page.pk,
            initial={"page": page.pk, "parent": reply_to["comment"].pk if reply_to else None},
        )
        if not personal and not request.user.is_authenticated:
            form_html = blank_form(request, page, form, context.get("content_version"))
    return {
        "request": request,
        "page": page,
        "count": shown["count"],
        "thread": shown["html"],
        "form_html": form_html,
        "is_open": is_open,
        "form": form,
        "reply_to": reply_to["comment"] if reply_to else None,
        "show_care": show_care,
        "settings": context.get("settings"),
        "csrf_token": context.get("csrf_token"),
    }


def blank_form(request, page, form, content_version):
    """The empty form an anonymous reader is shown: the same for all of them (its tokens
    are fetched when it is used), so made once per page and content version."""
    key = f"comments:form:{page.pk}:{content_version}"
    html = kept().get(key)
    if html is None:
        html = render_to_string(
            "comments/form.html", {"form": form, "page": page, "reply_to": None}, request
        )
        kept().set(key, html, THREAD_CACHE_SECONDS)
    return html


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

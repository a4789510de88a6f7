"""Posting a comment and stopping reply emails."""

from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from core import spam
from core.forms import reviews_cached_posts
from home.models import SiteSettings

from . import moderation, threads
from .forms import CommentForm
from .models import Comment
from .tasks import UNSUBSCRIBE_SALT

PENDING_SESSION_KEY = "comments_pending"
CARE_SESSION_KEY = "comments_care"


@reviews_cached_posts
@require_POST
def post_comment(request):
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError as error:
        raise Http404("No such page.") from error
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if not moderation.comments_open(page):
        messages.error(request, "Comments are closed on this page.")
        return HttpResponseRedirect(page.url)

    form = CommentForm(request.POST, user=request.user, scope=page.pk)
    problem = form.screen(request)
    if not form.is_valid():
        return redisplay(request, page, form, status=429 if problem == "rate" else 200)

    answered = None
    if form.cleaned_data.get("parent"):
        answered = (
            Comment.objects.approved().filter(page=page, pk=form.cleaned_data["parent"]).first()
        )
        if answered is None:
            form.add_error(None, "The comment you are replying to is no longer available.")
            return redisplay(request, page, form)
    comment = form.save(commit=False)
    comment.page = page
    if answered is not None:
        comment.parent = moderation.reply_target(answered)
        # Past the maximum depth the reply nests higher up; remember whom it answers.
        comment.replied_to = answered if comment.parent != answered else None
    if form.user:
        comment.user = form.user
        comment.author_email = form.user.email
    comment.ip_hash = spam.visitor(request)
    comment.user_agent = request.headers.get("user-agent", "")[:300]
    moderation.submit(comment, page)

    if comment.status == Comment.Status.PENDING:
        request.session[PENDING_SESSION_KEY] = [
            *request.session.get(PENDING_SESSION_KEY, [])[-19:],
            comment.pk,
        ]
        messages.success(request, "Thank you. Your comment is awaiting moderation.")
    else:
        messages.success(request, "Thank you for your comment.")
    if comment.needs_care:
        request.session[CARE_SESSION_KEY] = True
    first_shown = SiteSettings.load(request_or_site=request).comments_first_page
    return HttpResponseRedirect(threads.link_to(comment, first_shown))


def redisplay(request, page, form, status=200):
    """Show the page again with the form as submitted: every field and error kept."""
    request.comment_form = form
    response = page.serve(request)
    response.status_code = status
    return response


@csrf_exempt  # mail clients send RFC 8058 one-click POSTs without a CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Stop reply emails for one comment's conversation (GET asks, POST does)."""
    try:
        comment_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)["comment"]
    except (signing.BadSignature, KeyError, TypeError) as error:
        raise Http404("This link is not valid.") from error
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=comment_id)
    if request.method == "POST":
        comment.notify_replies = False
        comment.save(update_fields=["notify_replies"])
        return render(request, "comments/unsubscribed.html", {"comment": comment})
    return render(request, "comments/unsubscribe.html", {"comment": comment, "token": token})

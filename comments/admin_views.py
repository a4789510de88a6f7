"""Moderation actions in the admin: one comment at a time (confirm, then POST), or many
from the queue at once (one POST, no confirmation)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from . import moderation
from .models import Comment

ACTIONS = {
    "approve": (moderation.approve, "Approve", "Comment approved: it is now on the page."),
    "spam": (moderation.mark_spam, "Mark as spam", "Comment marked as spam."),
    "remove": (moderation.remove, "Remove", "Comment removed from the page."),
}


def moderate(request, pk, action):
    if action not in ACTIONS:
        raise PermissionDenied
    if not request.user.has_perm("comments.change_comment"):
        raise PermissionDenied
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=pk)
    perform, label, done = ACTIONS[action]
    index_url = "comments_comment_modeladmin_index"
    if request.method == "POST":
        perform(comment)
        messages.success(request, done)
        return redirect(_back(request) or index_url)
    return TemplateResponse(
        request,
        "comments/admin/confirm.html",
        {"comment": comment, "action": action, "label": label, "next": request.GET.get("next", "")},
    )


BULK = {
    "approve": (Comment.Status.APPROVED, "approved"),
    "spam": (Comment.Status.SPAM, "marked as spam"),
    "remove": (Comment.Status.REMOVED, "removed"),
}


@require_POST
def bulk_moderate(request):
    """The queue's checkboxes with Approve / Mark as spam / Remove, and each row's own
    one-click Approve (`approve_one`), which needs no ticking."""
    if not request.user.has_perm("comments.change_comment"):
        raise PermissionDenied
    back = _back(request) or "comments_comment_modeladmin_index"
    if one := request.POST.get("approve_one"):
        action, ids = "approve", [one]
    else:
        action, ids = request.POST.get("action", ""), request.POST.getlist("ids")
    if action not in BULK:
        messages.error(request, "Choose Approve, Mark as spam or Remove.")
        return redirect(back)
    pks = {int(value) for value in ids if value.isdecimal() and len(value) < 19}
    if not pks:
        messages.warning(request, "No comments were selected: tick the ones to change first.")
        return redirect(back)
    status, done = BULK[action]
    count = moderation.moderate_many(pks, status)
    if count:
        messages.success(request, f"{count} comment{pluralize(count)} {done}.")
    else:
        messages.info(request, f"Nothing to change: the selected comments were already {done}.")
    return redirect(back)


def _back(request):
    """The queue as the moderator left it (its filters and page), if the address is ours."""
    back = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure())
    return back if safe else ""

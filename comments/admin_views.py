"""Moderation actions in the admin: approve, mark as spam, remove (confirm, then POST)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme

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
        back = request.POST.get("next", "")
        safe = url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure())
        return redirect(back if safe and back else index_url)
    return TemplateResponse(
        request,
        "comments/admin/confirm.html",
        {"comment": comment, "action": action, "label": label, "next": request.GET.get("next", "")},
    )

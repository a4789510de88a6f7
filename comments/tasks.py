"""Comment emails, sent in the background."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django_tasks import task

from core.emails import absolute_url, send_email
from home.models import SiteSettings

from . import threads
from .models import Comment

UNSUBSCRIBE_SALT = "comments.unsubscribe"


def unsubscribe_url(comment):
    token = signing.dumps({"comment": comment.pk}, salt=UNSUBSCRIBE_SALT)
    return absolute_url(reverse("comments:unsubscribe", args=[token]))


@task()
def notify_owner(comment_id):
    """Tell the practice (and the page's author) a comment awaits moderation.

    Comments that mention self-harm or suicide are flagged as needing a caring reply.
    """
    comment = Comment.objects.select_related("page").get(pk=comment_id)
    recipients = [SiteSettings.load().contact_email]
    author_user_id = getattr(comment.page.specific, "author_user_id", None)
    if author_user_id:
        author_email = (
            get_user_model()
            .objects.filter(pk=author_user_id)
            .values_list("email", flat=True)
            .first()
        )
        if author_email and author_email not in recipients:
            recipients.append(author_email)
    send_email(
        "comments/email/awaiting_moderation",
        recipients,
        {
            "comment": comment,
            "page_url": absolute_url(comment.page.url),
            "queue_url": absolute_url(reverse("comments_comment_modeladmin_index")),
        },
    )


@task()
def notify_reply(comment_id):
    """Tell a commenter someone replied, with a one-click way to stop these emails."""
    reply = Comment.objects.select_related("page", "parent", "replied_to").get(pk=comment_id)
    parent = reply.replied_to or reply.parent
    stop_url = unsubscribe_url(parent)
    send_email(
        "comments/email/reply",
        parent.author_email,
        {
            "reply": reply,
            "parent": parent,
            "reply_url": absolute_url(
                threads.link_to(reply, SiteSettings.load().comments_first_page)
            ),
            "unsubscribe_url": stop_url,
        },
        headers={
            "List-Unsubscribe": f"<{stop_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )

"""What happens to a comment: whether it may be posted, how it starts, how it moves.

Status changes go through these functions so the reply notification is sent exactly once,
whichever screen approved the comment.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from home.models import SiteSettings

from .models import Comment
from .receivers import threads_changed
from .tasks import notify_owner, notify_reply

logger = logging.getLogger(__name__)


def comments_open(page):
    """Comments are open on a page that allows them and is not too old.

    Age counts from the date readers see on the page (an article's date), else from
    when it was first published.
    """
    if not getattr(page, "allow_comments", False):
        return False
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    published = getattr(page, "date", None) or (
        page.first_published_at and timezone.localdate(page.first_published_at)
    )
    return not (days and published and published < timezone.localdate() - timedelta(days=days))


def reply_target(parent):
    """The comment a reply hangs under: past the maximum depth, the deepest allowed one."""
    ancestors = [parent]
    while ancestors[-1].parent_id:
        ancestors.append(ancestors[-1].parent)
    # ancestors[0] is at depth len(ancestors); a reply may sit at most MAX_DEPTH deep.
    excess = len(ancestors) + 1 - settings.COMMENTS_MAX_DEPTH
    return ancestors[excess] if excess > 0 else parent


def is_team(user, page):
    """The page's author, staff and editors: their comments need no moderation."""
    if user is None:
        return False
    return (
        user.is_staff
        or user.pk == getattr(page, "author_user_id", None)
        or user.groups.filter(name="Editors").exists()
    )


def is_known(comment):
    """Whether this commenter already has an approved comment.

    A signed-in reader is known by their account. An email typed into the form proves
    nothing, so it earns trust only if no account uses it: nobody can borrow the coach's
    address to skip moderation.
    """
    approved = Comment.objects.approved()
    if comment.user is not None:
        return approved.filter(user=comment.user).exists()
    email = comment.author_email
    if not email or get_user_model().objects.filter(email__iexact=email).exists():
        return False
    return approved.filter(author_email__iexact=email, user__isnull=True).exists()


def initial_status(comment, page):
    if comment.needs_care:
        return Comment.Status.PENDING
    if is_team(comment.user, page):
        return Comment.Status.APPROVED
    if settings.COMMENTS_TRUST_KNOWN_COMMENTERS and is_known(comment):
        return Comment.Status.APPROVED
    return Comment.Status.PENDING


@transaction.atomic
def submit(comment, page):
    """Save a new comment in the state it starts in, and tell whoever needs to know."""
    comment.needs_care = SiteSettings.load().mentions_care_keywords(comment.body)
    comment.status = initial_status(comment, page)
    comment.save()
    if comment.status == Comment.Status.PENDING:
        transaction.on_commit(lambda: notify_owner.enqueue(comment.pk))
    else:
        _announce_reply(comment)
    return comment


def approve(comment):
    comment.status = Comment.Status.APPROVED
    comment.save(update_fields=["status"])
    _announce_reply(comment)


def mark_spam(comment):
    comment.status = Comment.Status.SPAM
    comment.save(update_fields=["status"])
    logger.info("Comment %s marked as spam", comment.pk)


def remove(comment):
    comment.status = Comment.Status.REMOVED
    comment.save(update_fields=["status"])


@transaction.atomic
def moderate_many(ids, status):
    """Give many comments one status, and return how many changed.

    One UPDATE, then each page's threads renewed once and the reply notices sent as single
    approvals send them. Ids that are not comments, or already have the status, are skipped.
    """
    moving = Comment.objects.filter(pk__in=ids).exclude(status=status)
    changed = list(moving.select_for_update().values_list("pk", flat=True))
    if not changed:
        return 0
    Comment.objects.filter(pk__in=changed).update(status=status)
    # Read back after the UPDATE, so a reply approved with its parent sees it approved.
    comments = list(Comment.objects.filter(pk__in=changed).select_related("parent", "replied_to"))
    threads_changed({comment.page_id for comment in comments})
    if status == Comment.Status.APPROVED:
        for comment in comments:
            _announce_reply(comment)
    logger.info("%s comments set to %s", len(changed), status)
    return len(changed)


def _announce_reply(comment):
    """Email the writer of the comment answered, once, if they asked and it is not theirs."""
    answered = comment.replied_to or comment.parent
    if (
        answered is None
        or not answered.notify_replies
        or answered.status != Comment.Status.APPROVED
        or not answered.author_email
        or answered.author_email.lower() == comment.author_email.lower()
    ):
        return
    # Claim the notification in one UPDATE, so two moderators approving at once send one.
    claimed = Comment.objects.filter(pk=comment.pk, reply_notified=False).update(
        reply_notified=True
    )
    if claimed:
        comment.reply_notified = True
        transaction.on_commit(lambda: notify_reply.enqueue(comment.pk))

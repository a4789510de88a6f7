"""The owner's view of the outbox: what waits, what failed and why, and a way to try again.

Subjects and addresses only: the bodies carry reset links and people's messages.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from mailer.models import PRIORITY_DEFERRED, RESULT_FAILURE, Message, MessageLog

from . import outbox

PERMISSION = "mailer.change_message"
SHOWN = 200


def may_see_the_outbox(user):
    return user.has_perm(PERMISSION)


def outbox_index(request):
    if not may_see_the_outbox(request.user):
        raise PermissionDenied
    queue = list(Message.objects.order_by("priority", "when_added")[:SHOWN])
    errors = last_errors([row.email for row in queue])
    rows = []
    for row in queue:
        email = row.email
        rows.append(
            {
                "pk": row.pk,
                "subject": email.subject if email else "(unreadable)",
                "to": ", ".join(email.to) if email else "",
                "urgent": getattr(email, "priority", "medium") == "high",
                "failed": row.priority == PRIORITY_DEFERRED,
                "tries": row.retry_count + (row.priority == PRIORITY_DEFERRED),
                "added": row.when_added,
                "error": errors.get(email.extra_headers.get("Message-ID")) if email else None,
            }
        )
    return TemplateResponse(
        request,
        "core/admin/outbox.html",
        {
            "rows": rows,
            "waiting": outbox.waiting_count(),
            "failed": outbox.failed_count(),
            "more": Message.objects.count() > SHOWN,
        },
    )


def last_errors(emails):
    """The latest failure logged for each message, by its Message-ID."""
    ids = [email.extra_headers.get("Message-ID") for email in emails if email]
    logs = MessageLog.objects.filter(message_id__in=ids, result=RESULT_FAILURE)
    return dict(logs.order_by("when_attempted").values_list("message_id", "log_message"))


@require_POST
def outbox_retry(request):
    """Put failed mail back in the queue now, rather than at the next scheduled try."""
    if not may_see_the_outbox(request.user):
        raise PermissionDenied
    count = outbox.retry_deferred()
    messages.success(request, f"{count} email{'s' if count != 1 else ''} will be sent again now.")
    return redirect("core_outbox")

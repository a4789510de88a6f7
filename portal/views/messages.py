"""The conversation between a client and their coach, from either side.

Both pages open on the newest messages (older ones a page back), mark what the other
side wrote as read, and keep what was typed if the session ended meanwhile. The coach's
every look is recorded for the client to see (rule 5).
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from .. import access, messaging
from ..audit import record_access
from ..client_forms import MessageForm
from ..guards import bound_or_restored, client_required, coach_required
from .coach import own_client

PER_PAGE = 30
# Set when a client's message mentioned a care keyword: the next page shows the crisis text.
CARE_KEY = "portal.message-care"


def newest_page(conversation, number):
    """A page of the conversation, oldest first within it; without a number, the last."""
    paginator = Paginator(conversation, PER_PAGE)
    return paginator.get_page(number or paginator.num_pages)


def reply_time(coach):
    days = coach.reply_days
    name = coach.user.first_name or "Your coach"
    return f"{name} usually replies within {days} working day{'s' if days != 1 else ''}."


@client_required
def conversation(request):
    client, coach = request.client, request.client.coach
    form = bound_or_restored(request, MessageForm)
    if request.method == "POST" and coach is not None and form.is_valid():
        sent = messaging.send(
            client, coach, request.user, form.cleaned_data["body"], from_client=True
        )
        if sent.needs_care:
            request.session[CARE_KEY] = True
        messages.success(request, "Your message is sent. " + reply_time(coach))
        return redirect("portal:messages")
    thread = access.conversation_for(client).select_related("author")
    page = newest_page(thread, request.GET.get("page"))
    shown = list(page)
    messaging.mark_read(access.conversation_for(client), by_client=True)
    return render(
        request,
        "portal/messages/conversation.html",
        {
            "page_obj": page,
            "thread": shown,
            "form": form,
            "coach": coach,
            "reply_time": reply_time(coach) if coach else "",
            "urgent": request.session.pop(CARE_KEY, False),
        },
    )


@coach_required
def coach_conversation(request, pk):
    client = own_client(request, pk)
    form = bound_or_restored(request, MessageForm)
    if request.method == "POST" and form.is_valid():
        messaging.send(
            client, request.coach, request.user, form.cleaned_data["body"], from_client=False
        )
        messages.success(request, "Message sent. The client is emailed that it is there.")
        return redirect("portal:coach-messages", pk=client.pk)
    if request.method != "POST":
        record_access(request.user, client, "your messages")
    thread = access.conversation_with(request.coach, client).select_related("author")
    page = newest_page(thread, request.GET.get("page"))
    shown = list(page)
    messaging.mark_read(access.conversation_with(request.coach, client), by_client=False)
    return render(
        request,
        "portal/messages/coach_conversation.html",
        {
            "client": client,
            "page_obj": page,
            "thread": shown,
            "form": form,
            "needs_care": any(m.needs_care for m in awaiting_answer(shown)),
        },
    )


def awaiting_answer(thread):
    """The client's messages after the coach's last one, on this page."""
    waiting = []
    for message in thread:
        waiting = [*waiting, message] if message.from_client else []
    return waiting

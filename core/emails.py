"""Sending the site's emails: plain text and HTML from one set of templates.

Any app may use it. A background task has no request, so everything a template needs is
passed in; what every email shares (the practice's name) comes from the function named
by the EMAIL_CONTEXT setting, so this module needs no app of its own.

Links point where the reader can follow them: an email written while answering a request
links to the address that request came to (its host already checked against
ALLOWED_HOSTS), so `make run PORT=8108` mails 8108 links; one written by background work
links to WAGTAILADMIN_BASE_URL, the site's configured address (`make run` passes its own).
"""

import logging
from contextvars import ContextVar

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

_answering = ContextVar("request_being_answered", default=None)


class LinksFromRequestMiddleware:
    """Lets emails sent while answering a request link back to the address it came to.
    It runs after CommonMiddleware, which has refused any host not in ALLOWED_HOSTS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        answering = _answering.set(request)
        try:
            return self.get_response(request)
        finally:
            _answering.reset(answering)


def absolute_url(path):
    """A site path as a full address, for links that leave the site inside an email."""
    request = _answering.get()
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_email(
    template_prefix,
    to,
    context,
    *,
    headers=None,
    reply_to=None,
    from_email=None,
    priority="medium",
    tag=None,
    attachments=None,
):
    """Render `<prefix>_subject.txt`, `<prefix>.txt` and `<prefix>.html`, then send.

    It goes to the outbox (core/outbox.py), which sends "high" before "medium" before
    "low"; a `tag` comes back with `email_accepted` once the server has taken it.
    `attachments` are (filename, content, mimetype) triples, such as a calendar invitation.
    """
    context = {**import_string(settings.EMAIL_CONTEXT)(), **context}
    subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template_prefix}.txt", context),
        to=[to] if isinstance(to, str) else list(to),
        headers=headers or {},
        reply_to=reply_to,
        from_email=from_email or None,
    )
    message.attach_alternative(render_to_string(f"{template_prefix}.html", context), "text/html")
    for filename, content, mimetype in attachments or ():
        message.attach(filename, content, mimetype)
    message.priority, message.tag = priority, tag
    message.send()
    logger.info("Sent %s email", template_prefix)
    return message

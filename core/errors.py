"""Server errors: when the database is away, a calm 503 that gives back what was sent.

Django calls this for any uncaught exception (config/urls.py, handler500). A database that
is restarting or unreachable is an outage, not a fault: the person is asked to try again
in a moment, and a form they posted comes back filled in, ready to send again. Nothing
here may touch the database, the session or the site settings.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.views import defaults

OUTAGE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
# Sent again as they came, out of sight: the form's own workings, not what was typed.
HIDDEN = {"token", "homepage", "page", "parent", "source", "origin", "next", "action"}
NEVER_ECHOED = ("password", "csrfmiddlewaretoken", "code")


def server_error(request):
    error = sys.exc_info()[1]
    if isinstance(error, OUTAGE):
        return outage(request)
    return defaults.server_error(request)


def outage(request):
    fields = []
    if request.method == "POST":
        for name, values in request.POST.lists():
            if any(word in name for word in NEVER_ECHOED):
                continue
            for value in values:
                label = name.replace("_", " ").replace("-", " ").capitalize()
                fields.append(
                    {"name": name, "label": label, "value": value, "hidden": name in HIDDEN}
                )
    html = render_to_string(
        "503.html",
        {
            "fields": fields,
            "action": request.get_full_path(),
            "csrf_token": get_token(request),
            "retry_after": RETRY_AFTER_SECONDS,
        },
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response

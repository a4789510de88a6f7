"""Nothing typed is lost (DESIGN.md rule 7).

When a portal form arrives after the session ended, what it carried is kept in the new
session, sealed with the portal keyring, and offered back on the same page once the person
has signed in again. Signing in keeps the session's data (Django cycles the key).
"""

import json

from django.http import QueryDict

from . import crypto
from .sessions import EXPIRED_USER

SESSION_KEY = "portal_draft"
ASSOCIATED_DATA = "portal.draft"
SKIP = {"csrfmiddlewaretoken"}


def keep(request):
    """Keep a POST that could not be saved because the person's session had just ended.

    Only when we know whose session it was: the draft is for them alone, never for
    someone else who signs in next on the same computer.
    """
    owner = request.session.pop(EXPIRED_USER, None)
    data = {key: request.POST.getlist(key) for key in request.POST if key not in SKIP}
    if owner is None or not data:
        return False
    draft = {"path": request.path, "owner": owner, "data": data}
    request.session[SESSION_KEY] = crypto.encrypt(json.dumps(draft), ASSOCIATED_DATA)
    return True


def take(request, action=None):
    """The kept form data for this page (and form `action`, on pages with several), once,
    as a dict of lists; or None."""
    sealed = request.session.get(SESSION_KEY)
    if not sealed:
        return None
    try:
        draft = json.loads(crypto.decrypt(sealed, ASSOCIATED_DATA))
    except crypto.DecryptionError:
        del request.session[SESSION_KEY]
        return None
    if draft.get("owner") != request.user.pk:
        del request.session[SESSION_KEY]  # someone else signed in: it is not theirs
        return None
    if draft["path"] != request.path:
        return None
    if action is not None and draft["data"].get("action") != [action]:
        return None
    del request.session[SESSION_KEY]
    return draft["data"]


def as_form_data(data):
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return query

"""Who may open a client page: the signed-in client, and nobody else."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from . import access, drafts


def client_required(view):
    """Sign-in first (keeping any text that was being sent), then a client profile, or 404.

    The profile is put on `request.client` for the view.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.method == "POST" and drafts.keep(request):
                messages.info(
                    request,
                    "Your session had ended, so nothing was saved yet. Sign in again and "
                    "what you wrote will be waiting for you.",
                )
            return redirect_to_login(request.get_full_path())
        client = access.client_profile_for(request.user)
        if client is None:
            raise Http404("Not a client")
        request.client = client
        return view(request, *args, **kwargs)

    return wrapper


def bound_or_restored(request, form_class, action=None, **kwargs):
    """The form bound to this POST, or to a draft kept when the session ran out, or empty.

    On pages with several forms, `action` names the one the draft must have come from.
    """
    if request.method == "POST":
        return form_class(request.POST, **kwargs)
    draft = drafts.take(request, action)
    if draft:
        messages.info(
            request, "We kept what you wrote before your session ended. Check it and save."
        )
        return form_class(drafts.as_form_data(draft), **kwargs)
    return form_class(**kwargs)

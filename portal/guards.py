"""Who may open a portal page: the signed-in client for their own, their coach for what
they shared, and nobody else."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse

from . import access, drafts, mfa

SET_UP_FIRST = (
    "Set up two-step sign-in with an authenticator app before you see your clients' data."
)
CODE_FIRST = "Enter a code from your authenticator app before you see your clients' data."
KEPT = (
    "Your session had ended, so nothing was saved yet. Sign in again and what you wrote "
    "will be waiting for you."
)


def sign_in_first(request):
    """Off to sign in, keeping any text that was being sent for after."""
    if request.method == "POST" and drafts.keep(request):
        messages.info(request, KEPT)
    return redirect_to_login(request.get_full_path())


def client_required(view):
    """Sign-in first (keeping any text that was being sent), then a client profile, or 404.

    The profile is put on `request.client` for the view.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return sign_in_first(request)
        client = access.client_profile_for(request.user)
        if client is None:
            raise Http404("Not a client")
        request.client = client
        return view(request, *args, **kwargs)

    return wrapper


def coach_required(view):
    """A coach's page: sign-in first, a coach profile or 404, and, where it is required
    (rule 8), a second factor used in this sign-in before anything about a client shows.
    The profile goes on `request.coach`."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return sign_in_first(request)
        coach = access.coach_profile_for(request.user)
        if coach is None:
            raise Http404("Not a coach")
        step = mfa.second_factor_step(request)
        if step == mfa.SET_UP:
            messages.info(request, SET_UP_FIRST)
            return redirect(mfa.SET_UP)
        if step == mfa.ENTER_CODE:
            messages.info(request, CODE_FIRST)
            return redirect_to_login(request.get_full_path(), reverse(mfa.ENTER_CODE))
        request.coach = coach
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

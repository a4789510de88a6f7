"""Following an invitation link: into allauth's sign-up, or onto an existing account."""

from allauth.account.adapter import get_adapter
from allauth.account.utils import filter_users_by_email
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render

from ..models import Invitation
from ..sessions import start_portal_session
from ..signup import INVITATION_SESSION_KEY

PROBLEM_STATUS = {"forged": 400, "expired": 410, "withdrawn": 410, "used": 410}


def invitation(request, token):
    """Check the link, then hand over to sign-up with the email already proven.

    Nothing is created here: a mail scanner that follows the link only sees a page.
    """
    invitation, problem = Invitation.from_token(token)
    if problem:
        return render(
            request,
            "portal/invitation_problem.html",
            {"problem": problem, "max_age_days": settings.INVITATION_MAX_AGE_DAYS},
            status=PROBLEM_STATUS[problem],
        )
    # Any address on an account counts, not only its main one.
    existing = next(iter(filter_users_by_email(invitation.email)), None)
    if existing is None and not request.user.is_authenticated:
        request.session[INVITATION_SESSION_KEY] = token
        get_adapter(request).stash_verified_email(request, invitation.email)
        return redirect("account_signup")
    if existing is not None and not request.user.is_authenticated:
        messages.info(request, "You already have an account: sign in to accept the invitation.")
        return redirect_to_login(request.get_full_path())
    if request.user != existing:
        return render(
            request,
            "portal/invitation_problem.html",
            {"problem": "other account", "invitation": invitation},
            status=403,
        )
    if request.method == "POST":
        if invitation.accept(request.user):
            start_portal_session(request)
            messages.success(request, "Invitation accepted. Welcome to the portal.")
        return redirect("portal:home")
    return render(request, "portal/invitation_accept.html", {"invitation": invitation})

"""The owner's invite steps: invite an enrolment into the portal, send an invitation again."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from enrolment.models import Enrolment

from . import unscoped
from .forms import CoachChoiceForm, coach_name
from .models import Invitation
from .tasks import send_invitation


def invite_enrolment(request, pk):
    """Ask which coach, then invite the person who enrolled to the portal as a client."""
    if not request.user.has_perm("portal.add_invitation"):
        raise PermissionDenied
    enrolment = Enrolment.objects.filter(pk=pk).first()
    if enrolment is None:
        raise Http404("No such enrolment")
    form = CoachChoiceForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        coach = form.cleaned_data["coach"]
        invitation = Invitation.for_enrolment(enrolment, coach=coach, invited_by=request.user)
        transaction.on_commit(lambda: send_invitation.enqueue(invitation.pk))
        messages.success(
            request, f"Invitation sent to {enrolment.email}, to work with {coach_name(coach)}."
        )
        return redirect("portal_enrolment_modeladmin_index")
    return TemplateResponse(
        request,
        "portal/admin/invite_enrolment.html",
        {
            "enrolment": enrolment,
            "form": form,
            "pending": enrolment.invitations.all(),
            "max_age_days": settings.INVITATION_MAX_AGE_DAYS,
        },
    )


def resend_invitation(request, pk):
    """A new link for an invitation that expired or went astray; the old one still runs out."""
    if not request.user.has_perm("portal.add_invitation"):
        raise PermissionDenied
    invitation = unscoped.invitation_by_pk(pk)
    if invitation is None:
        raise Http404("No such invitation")
    if request.method != "POST":
        return TemplateResponse(
            request,
            "portal/admin/resend_invitation.html",
            {"invitation": invitation, "max_age_days": settings.INVITATION_MAX_AGE_DAYS},
        )
    if invitation.accepted_at:
        messages.error(request, f"{invitation.email} has already accepted this invitation.")
    else:
        transaction.on_commit(lambda: send_invitation.enqueue(invitation.pk))
        messages.success(request, f"A new invitation link is on its way to {invitation.email}.")
    return redirect("portal_invitation_modeladmin_index")

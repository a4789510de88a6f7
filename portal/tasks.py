"""Enrolment and invitation emails, sent in the background."""

from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from home.emails import absolute_url, send_email
from home.models import SiteSettings

from . import access


@task()
def send_enrolment_emails(enrolment_id, again=False):
    """Confirm to the person what they got, and tell the practice someone enrolled.

    The owner's email names the person and the place but not what they want help with:
    that stays in the admin, behind a sign-in. A repeat enrolment changes nothing, so only
    the address it names hears of it.
    """
    enrolment = access.enrolment_by_pk(enrolment_id)
    site_settings = SiteSettings.load()
    page = access.enrol_page()
    context = {"enrolment": enrolment, "again": again, "page": page}
    send_email(
        "portal/email/enrolment_confirmation",
        enrolment.email,
        {**context, "crisis_support": site_settings.crisis_support},
    )
    if again:
        return  # nothing changed for the practice
    send_email(
        "portal/email/enrolment_owner",
        site_settings.contact_email,
        {
            **context,
            "admin_url": absolute_url(
                reverse("portal_enrolment_modeladmin_inspect", args=[enrolment.pk])
            ),
        },
        reply_to=[enrolment.email],
    )


@task()
def send_invitation(invitation_id):
    """Email a fresh invitation link; its fourteen days (by default) start now."""
    invitation = access.invitation_by_pk(invitation_id)
    if invitation is None or invitation.accepted_at:
        return
    invitation.sent_at = timezone.now()
    invitation.save(update_fields=["sent_at"])
    link = absolute_url(reverse("portal:invitation", args=[invitation.make_token()]))
    send_email(
        "portal/email/invitation",
        invitation.email,
        {"invitation": invitation, "link": link, "expires_at": invitation.expires_at},
    )

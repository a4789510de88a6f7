"""Enrolment emails, sent in the background."""

from django.urls import reverse
from django_tasks import task

from core.emails import absolute_url, send_email
from home.models import SiteSettings

from .models import Enrolment, EnrolPage


@task()
def send_enrolment_emails(enrolment_id, again=False):
    """Confirm to the person what they got, and tell the practice someone enrolled.

    The owner's email names the person and the place but not what they want help with:
    that stays in the admin, behind a sign-in. A repeat enrolment changes nothing, so only
    the address it names hears of it.
    """
    enrolment = Enrolment.objects.select_related("offer").get(pk=enrolment_id)
    site_settings = SiteSettings.load()
    page = EnrolPage.objects.live().first()
    context = {"enrolment": enrolment, "again": again, "page": page}
    send_email(
        "enrolment/email/confirmation",
        enrolment.email,
        {**context, "crisis_support": site_settings.crisis_support},
    )
    if again:
        return  # nothing changed for the practice
    send_email(
        "enrolment/email/owner",
        site_settings.contact_email,
        {
            **context,
            "admin_url": absolute_url(
                reverse("portal_enrolment_modeladmin_inspect", args=[enrolment.pk])
            ),
        },
        reply_to=[enrolment.email],
    )

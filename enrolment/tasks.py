"""Enrolment emails, sent in the background."""

from django.urls import reverse
from django_tasks import task

from core.emails import absolute_url, send_email
from home.models import SiteSettings

from .models import Enrolment, EnrolmentPayment, EnrolPage


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
    payment = enrolment.payments.order_by("-created", "-pk").first()
    if payment and enrolment.payment_state == Enrolment.PaymentState.AWAITING and not again:
        # Nothing lost if the browser closes mid-payment: the way back is in the email.
        context["pay_url"] = absolute_url(payment.result_path())
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


@task()
def send_receipt(payment_id):
    """The receipt for a confirmed payment, with its invoice, once however many
    confirmations arrive; a failed send releases the claim so the next one tries again."""
    if not EnrolmentPayment.objects.filter(pk=payment_id, receipt_sent=False).update(
        receipt_sent=True
    ):
        return
    payment = EnrolmentPayment.objects.select_related("enrolment__offer", "invoice").get(
        pk=payment_id
    )
    try:
        send_email(
            "enrolment/email/receipt",
            payment.billing_email,
            {
                "payment": payment,
                "enrolment": payment.enrolment,
                "invoice": payment.invoice,
                "page": EnrolPage.objects.live().first(),
            },
        )
    except Exception:
        EnrolmentPayment.objects.filter(pk=payment_id).update(receipt_sent=False)
        raise

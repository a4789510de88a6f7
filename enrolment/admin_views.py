"""The owner's payment steps: refund a payment that came too late for a place, and an
invoice to view and print."""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from payments import PaymentError

from home.models import SiteSettings

from .models import EnrolmentPayment, Invoice

logger = logging.getLogger(__name__)


def can_see_payments(user):
    return user.has_perm("enrolment.view_enrolmentpayment")


def refund(request, pk):
    """Ask, then refund the whole payment through its provider."""
    if not can_see_payments(request.user):
        raise PermissionDenied
    payment = get_object_or_404(EnrolmentPayment.objects.select_related("enrolment"), pk=pk)
    index = "enrolment_payment_modeladmin_index"
    if not payment.refund_due:
        messages.error(request, "This payment has no refund due.")
        return redirect(index)
    if request.method != "POST":
        return TemplateResponse(request, "enrolment/admin/refund.html", {"payment": payment})
    try:
        payment.refund(payment.total)
    except (PaymentError, ValueError):
        logger.exception("Refund failed for enrolment payment %s", payment.pk)
        messages.error(
            request,
            f"The payment provider did not refund {payment.amount}. Nothing has changed; "
            "please try again, or refund it from the provider's own dashboard.",
        )
        return redirect(index)
    messages.success(request, f"Refunded {payment.amount} to {payment.billing_email}.")
    return redirect(index)


def invoice(request, number):
    """The invoice as the payer has it, ready to print."""
    if not can_see_payments(request.user):
        raise PermissionDenied
    invoice = get_object_or_404(Invoice.objects.select_related("payment"), number=number)
    return TemplateResponse(
        request,
        "enrolment/admin/invoice.html",
        {"invoice": invoice, "practice": SiteSettings.load(request_or_site=request)},
    )

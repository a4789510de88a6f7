"""/enrol/: the form that asks for sessions, the payment step when an offer takes one, and
the page that tells people what they got."""

import logging
from decimal import Decimal

from django.contrib import messages
from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import add_never_cache_headers
from payments import PaymentError, PaymentStatus, RedirectNeeded
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.forms import reviews_cached_posts
from home.models import SiteSettings

from ..forms import EnrolForm
from ..signals import enrolled
from .billing import EnrolmentPayment
from .offers import MONEY, Enrolment, Offer

logger = logging.getLogger(__name__)

RESULT_SESSION_KEY = "enrolment_result"


class EnrolPage(RoutablePageMixin, Page):
    """/enrol/: the form that asks for sessions and tells people the price they got."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    regular_price = models.DecimalField(
        **MONEY, default=Decimal("80"), help_text="The price when no offer is open (GBP)."
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy notice people agree to when they enrol.",
    )
    next_steps = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Shown after enrolling and in the confirmation email: what happens next.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("regular_price"),
        FieldPanel("privacy_page"),
        FieldPanel("next_steps"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        db_table = "portal_enrolpage"
        verbose_name = "enrol page"

    @path("")
    @reviews_cached_posts
    def enrol(self, request):
        practice_name = SiteSettings.load(request_or_site=request).practice_name
        data = request.POST if request.method == "POST" else None
        form = EnrolForm(data, page=self, practice_name=practice_name)
        status = 200
        if data is not None:
            problem = form.screen(request)
            if form.is_valid():
                enrolment, created = Enrolment.enrol(
                    offer=Offer.objects.current(),
                    regular_price=self.regular_price,
                    **form.enrolment_fields(),
                )
                if created and enrolment.payment_state == Enrolment.PaymentState.AWAITING:
                    payment = EnrolmentPayment.start(enrolment, request)
                    enrolled.send(type(self), enrolment=enrolment, again=False)
                    return redirect(payment.result_path())
                enrolled.send(type(self), enrolment=enrolment, again=not created)
                # The outcome travels in the session, not the address: it names the person.
                request.session[RESULT_SESSION_KEY] = {"id": enrolment.pk, "again": not created}
                return redirect(self.url + self.reverse_subpage("result"))
            status = 429 if problem == "rate" else 200
        response = self.render(
            request, context_overrides={"form": form, "offer": Offer.objects.current()}
        )
        response.status_code = status
        return response

    @path("thank-you/", name="result")
    def result(self, request):
        """What this browser's enrolment got.

        A repeat enrolment (the address had enrolled already) is told only that the details
        went to that address: whoever typed it may not be its owner.
        """
        outcome = request.session.get(RESULT_SESSION_KEY)
        enrolment = (
            Enrolment.objects.select_related("offer").filter(pk=outcome["id"]).first()
            if outcome
            else None
        )
        if enrolment is None:
            return redirect(self.url)
        response = self.render(
            request,
            context_overrides={"enrolment": enrolment, "again": outcome["again"]},
            template="enrolment/enrol_result.html",
        )
        add_never_cache_headers(response)
        return response

    @path("pay/<uuid:token>/", name="pay")
    def pay(self, request, token):
        """The payment step while the place is held, and where the provider sends the payer
        back: paid, not completed (with the chance to hold a place again), or too late."""
        payment = get_object_or_404(
            EnrolmentPayment.objects.select_related("enrolment__offer"), token=token
        )
        enrolment = payment.enrolment
        if enrolment.hold_expired:
            enrolment.release_hold()
        if request.method == "POST" and "hold_again" in request.POST:
            return self.hold_again(request, payment)
        payment_form = None
        returned = request.GET.get("outcome") == "returned"
        awaiting = enrolment.payment_state == Enrolment.PaymentState.AWAITING
        if payment.is_pending and awaiting and not returned:
            try:
                payment_form = payment.get_form(data=request.POST or None)
            except RedirectNeeded as to:
                return redirect(str(to))
            except PaymentError:
                logger.exception("Payment provider failed for enrolment payment %s", payment.pk)
                return redirect(payment.get_failure_url())
        payment.refresh_from_db()
        enrolment.refresh_from_db()
        response = self.render(
            request,
            context_overrides={
                "payment": payment,
                "enrolment": enrolment,
                "offer": enrolment.offer,
                "payment_form": payment_form,
                "invoice": getattr(payment, "invoice", None),
                "not_completed": request.GET.get("outcome") == "not-completed",
                "in_progress": returned and payment.is_pending,
            },
            template="enrolment/pay.html",
        )
        add_never_cache_headers(response)
        return response

    def hold_again(self, request, payment):
        """Someone whose hold was given back tries again: a new hold and payment if a place
        is free; the old payment is cancelled first, so it can never be paid as well."""
        enrolment = payment.enrolment
        if payment.status in {PaymentStatus.WAITING, PaymentStatus.INPUT}:
            payment.change_status(PaymentStatus.CANCELLED)
        offer = enrolment.offer
        if offer in Offer.objects.open_now() and enrolment.hold_again():
            fresh = EnrolmentPayment.start(enrolment, request)
            return redirect(fresh.result_path())
        messages.error(request, "All the offer places are taken now.")
        return redirect(payment.result_path())

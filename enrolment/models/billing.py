"""Paying for an offer place: the payment django-payments tracks, and the invoice each
confirmed payment gets, numbered without gaps.

Confirmation is idempotent: a replayed or late callback finds the enrolment already settled
and changes nothing. A payment that arrives after its hold ran out is honoured if a place is
still free; if not, the enrolment is marked "refund due" and the owner refunds it from the
admin (the payer is told so in their receipt).
"""

from django.apps import apps
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from payments import PaymentStatus, PurchasedItem

from core.money import money
from core.payments import CURRENCY, STATUS_CHOICES, Payment
from home.models import SiteSettings

from .offers import MONEY, Enrolment, Offer

INVOICE_PREFIX = "INV-"


class EnrolmentPayment(Payment):
    """One attempt to pay for an enrolment's offer place."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="payments")
    receipt_sent = models.BooleanField(default=False, editable=False)

    class Meta:
        ordering = ["-created"]
        verbose_name = "enrolment payment"

    def __str__(self):
        return f"{self.amount} from {self.enrolment.name} ({self.get_status_display()})"

    @property
    def amount(self):
        return money(self.total, self.currency)

    def get_status_display(self):
        return dict(STATUS_CHOICES).get(self.status, self.status)

    @property
    def refund_due(self):
        """Paid after the last place had gone: the owner refunds it from the admin."""
        return (
            self.status == PaymentStatus.CONFIRMED
            and self.enrolment.payment_state == Enrolment.PaymentState.REFUND_DUE
        )

    def result_path(self):
        page = enrol_page()
        return page.url + page.reverse_subpage("pay", args=[self.token])

    def get_success_url(self):
        """Back from the provider's checkout: the page waits for its confirmation rather
        than sending the payer to pay again."""
        return self.absolute(self.result_path() + "?outcome=returned")

    def get_failure_url(self):
        return self.absolute(self.result_path() + "?outcome=not-completed")

    def get_purchased_items(self):
        yield PurchasedItem(
            name=self.description or "Sessions",
            sku="enrolment",
            quantity=1,
            price=self.total,
            currency=self.currency,
        )

    @classmethod
    def start(cls, enrolment, request=None):
        """A payment for what the enrolment's offer asks at enrolment."""
        offer = enrolment.offer
        what = "Deposit" if offer.payment == Offer.Payment.DEPOSIT else "Sessions"
        return cls.objects.create(
            enrolment=enrolment,
            variant="default",
            status=PaymentStatus.WAITING,
            currency=CURRENCY,
            total=offer.amount_due,
            description=f"{what}: {offer.title}",
            billing_email=enrolment.email,
            billing_first_name=enrolment.name,
            customer_ip_address=request.META.get("REMOTE_ADDR") if request else None,
        )

    def settle(self):
        """Record this confirmed payment once: keep the held place, or take a free one if
        the hold had run out, or mark a refund due when none is left; and issue its
        invoice. Returns the invoice. Safe to call any number of times."""
        with transaction.atomic():
            offer = self.enrolment.offer.lock()
            enrolment = Enrolment.objects.select_for_update().get(pk=self.enrolment_id)
            state = Enrolment.PaymentState
            if enrolment.payment_state == state.AWAITING:
                enrolment.payment_state = state.PAID
            elif enrolment.payment_state == state.RELEASED:
                place = offer.claim_place()
                if place is None:
                    enrolment.payment_state = state.REFUND_DUE
                else:
                    enrolment.place, enrolment.price = place, offer.offer_price
                    enrolment.payment_state = state.PAID
            enrolment.held_until = None
            enrolment.save(update_fields=["payment_state", "place", "price", "held_until"])
            if not self.captured_amount:
                EnrolmentPayment.objects.filter(pk=self.pk).update(captured_amount=self.total)
                self.captured_amount = self.total
            return Invoice.issue(self)

    def refunded(self):
        """The owner refunded a payment that came too late for a place."""
        Enrolment.objects.filter(
            pk=self.enrolment_id, payment_state=Enrolment.PaymentState.REFUND_DUE
        ).update(payment_state=Enrolment.PaymentState.REFUNDED)


def enrol_page():
    """The live enrol page, found by name: the page module imports this one."""
    return apps.get_model("enrolment", "EnrolPage").objects.live().first()


class InvoiceCounter(models.Model):
    """The last invoice number issued: one row, moved only inside the transaction that
    issues an invoice, so a rolled-back payment leaves no gap."""

    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"Last invoice number: {self.last_number}"


class Invoice(models.Model):
    """What was paid, to whom and by whom, as it stood when the payment was confirmed."""

    number = models.PositiveIntegerField(unique=True, editable=False)
    # An invoice outlives its payment record: the practice keeps its accounts when a
    # client's account and enrolment are erased.
    payment = models.OneToOneField(
        EnrolmentPayment,
        null=True,
        on_delete=models.SET_NULL,
        related_name="invoice",
        editable=False,
    )
    issued = models.DateTimeField(default=timezone.now, editable=False)
    billed_name = models.CharField(max_length=100, editable=False)
    billed_email = models.EmailField(editable=False)
    description = models.CharField(max_length=250, editable=False)
    amount = models.DecimalField(**MONEY, editable=False)
    currency = models.CharField(max_length=3, default=CURRENCY, editable=False)
    seller = models.TextField(help_text="The practice's name and address.", editable=False)

    class Meta:
        ordering = ["-number"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return f"{INVOICE_PREFIX}{self.number:05d}"

    @property
    def total(self):
        return money(self.amount, self.currency)

    @classmethod
    def issue(cls, payment):
        """The payment's invoice, made with the next number if it has none yet."""
        existing = cls.objects.filter(payment=payment).first()
        if existing is not None:
            return existing
        with transaction.atomic():
            counter, _ = InvoiceCounter.objects.get_or_create(pk=1)
            InvoiceCounter.objects.filter(pk=counter.pk).update(last_number=F("last_number") + 1)
            number = InvoiceCounter.objects.values_list("last_number", flat=True).get(pk=1)
            practice = SiteSettings.load()
            return cls.objects.create(
                number=number,
                payment=payment,
                billed_name=payment.enrolment.name,
                billed_email=payment.enrolment.email,
                description=payment.description,
                amount=payment.total,
                currency=payment.currency,
                seller="\n".join(filter(None, [practice.practice_name, practice.address])),
            )

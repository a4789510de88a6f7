"""Offers with a limited number of places, and the enrolments that claim them.

A place is claimed by one conditional UPDATE of the offer's counter, so however many people
press Enrol at once, only the first `places` get one. When the offer asks for payment, the
place is only held while the person pays: a hold that fails, is cancelled or runs out gives
the place back, so abandoned checkouts never eat the places and paid ones never exceed them.
Every change of places locks the offer's row first, in the same order everywhere.

The tables keep the names they had when these models lived in the portal app.
"""

from datetime import timedelta
from decimal import Decimal

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q, Subquery
from django.utils import timezone

from .. import choices

MONEY = {"max_digits": 8, "decimal_places": 2, "validators": [MinValueValidator(Decimal("0"))]}


class OfferQuerySet(models.QuerySet):
    def open_now(self):
        """Offers a visitor can take up at this moment: switched on, opened, not closed."""
        now = timezone.now()
        return self.filter(active=True, opens_at__lte=now).filter(
            Q(closes_at__isnull=True) | Q(closes_at__gt=now)
        )

    def current(self):
        """The offer people can take up now, or None; the newest wins if several are open."""
        return self.open_now().first()

    def for_banner(self):
        """The current offer with the enrol page's `url_path` as `enrol_url_path`, in one
        query: the banner is on every public page."""
        pages = apps.get_model("enrolment", "EnrolPage").objects
        enrol_path = pages.live().order_by("path").values("url_path")[:1]
        return self.open_now().annotate(enrol_url_path=Subquery(enrol_path)).first()


class Offer(models.Model):
    """ "The first 14 to enrol pay £50": a price for a number of places, for a while."""

    class Payment(models.TextChoices):
        NONE = "none", "Nothing at enrolment (the practice invoices later)"
        DEPOSIT = "deposit", "A deposit at enrolment"
        FULL = "full", "The full offer price at enrolment"

    title = models.CharField(max_length=120)
    description = models.TextField(blank=True, help_text="A sentence or two for the enrol page.")
    places = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    # Counted by the database as places are claimed and given back, never typed in.
    places_taken = models.PositiveSmallIntegerField(default=0, editable=False)
    offer_price = models.DecimalField(**MONEY)
    regular_price = models.DecimalField(**MONEY)
    payment = models.CharField(
        "payment at enrolment", max_length=10, choices=Payment.choices, default=Payment.NONE
    )
    deposit = models.DecimalField(
        **MONEY, null=True, blank=True, help_text="Only for a deposit: the amount taken (GBP)."
    )
    hold_minutes = models.PositiveSmallIntegerField(
        "minutes a place is held",
        default=15,
        validators=[MinValueValidator(5), MaxValueValidator(24 * 60)],
        help_text="How long a place waits for its payment before it goes back to the offer.",
    )
    opens_at = models.DateTimeField("opens", default=timezone.now)
    closes_at = models.DateTimeField("closes", null=True, blank=True)
    active = models.BooleanField(default=True, help_text="Switch off to end the offer at once.")
    created = models.DateTimeField(auto_now_add=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        db_table = "portal_offer"
        ordering = ["-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(places_taken__lte=F("places")), name="offer_places_not_overbooked"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Never write back `places_taken`: enrolments move it while the owner edits, and a
        stale count would hand out places twice."""
        if not self._state.adding and "update_fields" not in kwargs:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "places_taken"
            ]
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.closes_at and self.opens_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = "The offer must close after it opens."
        if self.places is not None and self.places < self.places_taken:
            errors["places"] = f"{self.places_taken} places are already taken."
        if (
            self.offer_price is not None
            and self.regular_price is not None
            and self.offer_price > self.regular_price
        ):
            errors["offer_price"] = "The offer price should not be above the regular price."
        if self.payment == self.Payment.DEPOSIT:
            if not self.deposit:
                errors["deposit"] = "Give the deposit to take, or choose another payment."
            elif self.offer_price is not None and self.deposit > self.offer_price:
                errors["deposit"] = "The deposit should not be above the offer price."
        if errors:
            raise ValidationError(errors)

    @property
    def places_left(self):
        return max(self.places - self.places_taken, 0)

    @property
    def sold_out(self):
        return self.places_left == 0

    @property
    def takes_payment(self):
        return self.payment != self.Payment.NONE

    @property
    def amount_due(self):
        """What an offer place costs at enrolment: the deposit, the full price or nothing."""
        if self.payment == self.Payment.DEPOSIT:
            return self.deposit
        return self.offer_price if self.payment == self.Payment.FULL else Decimal("0")

    def lock(self):
        """Hold this offer's row until the transaction ends: every change of places takes
        this lock first, so claims, releases and late payments queue in one order."""
        return Offer.objects.select_for_update().get(pk=self.pk)

    def claim_place(self):
        """One place from the counter, numbered with the lowest number free, or None when
        all are taken. Call inside a transaction: the UPDATE holds the row until commit."""
        if not Offer.objects.filter(pk=self.pk, places_taken__lt=F("places")).update(
            places_taken=F("places_taken") + 1
        ):
            return None
        used = set(self.enrolments.filter(place__isnull=False).values_list("place", flat=True))
        return min(number for number in range(1, self.places + 1) if number not in used)

    def release_expired_holds(self, now=None):
        """Give back every place whose payment did not come in time; how many went back."""
        expired = self.enrolments.filter(
            payment_state=Enrolment.PaymentState.AWAITING, held_until__lt=now or timezone.now()
        )
        return sum(enrolment.release_hold() for enrolment in expired)


class Enrolment(models.Model):
    """Someone asking to start sessions, with the offer place they got, if any."""

    Service = choices.Service
    Times = choices.Times

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    class PaymentState(models.TextChoices):
        NONE = "", "Nothing to pay at enrolment"
        AWAITING = "awaiting", "Place held, waiting for payment"
        PAID = "paid", "Paid"
        RELEASED = "released", "Not paid in time: place given back"
        REFUND_DUE = "refund-due", "Paid after the places had gone: refund due"
        REFUNDED = "refunded", "Refunded"

    # Who and how to reach them
    name = models.CharField(max_length=100)
    email = models.EmailField()
    phone = models.CharField(max_length=30, blank=True)
    # What they are asking for
    help_with = models.TextField("what they would like help with", max_length=2000)
    service = models.CharField(max_length=20, choices=Service.choices)
    preferred_times = models.JSONField(default=list, blank=True)
    # The consent they gave, in the words they were shown
    consent_text = models.TextField(editable=False)
    # The place and price they got, and where paying for it stands
    offer = models.ForeignKey(
        Offer, null=True, blank=True, on_delete=models.PROTECT, related_name="enrolments"
    )
    place = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    price = models.DecimalField(**MONEY, editable=False)
    payment_state = models.CharField(
        "payment",
        max_length=12,
        choices=PaymentState.choices,
        default=PaymentState.NONE,
        blank=True,
        editable=False,
    )
    held_until = models.DateTimeField("place held until", null=True, blank=True, editable=False)
    # The practice's side
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "portal_enrolment"
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "email"],
                condition=Q(offer__isnull=False),
                name="one_enrolment_per_email_per_offer",
            ),
            models.UniqueConstraint(
                fields=["offer", "place"],
                condition=Q(place__isnull=False),
                name="one_enrolment_per_place",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.created:%d %b %Y})"

    @classmethod
    def enrol(cls, *, offer, regular_price, email, **fields):
        """Store an enrolment and give it an offer place if one is left.

        Returns the enrolment and whether it is new. Places whose hold ran out go back
        first. On an offer that takes payment the place is held for `hold_minutes`. Someone
        enrolling again in the same offer keeps their first enrolment and place, unchanged:
        anyone can type any address, so a repeat may not overwrite what the first said.
        """
        email = email.strip().lower()
        try:
            with transaction.atomic():
                existing = cls.objects.filter(offer=offer, email=email).first() if offer else None
                if existing:
                    return existing, False
                place = None
                if offer:
                    offer.lock()
                    offer.release_expired_holds()
                    place = offer.claim_place()
                enrolment = cls(offer=offer, email=email, place=place, **fields)
                enrolment.price = offer.offer_price if place else regular_price
                if place and offer.takes_payment:
                    enrolment.payment_state = cls.PaymentState.AWAITING
                    enrolment.held_until = timezone.now() + timedelta(minutes=offer.hold_minutes)
                enrolment.save()
                return enrolment, True
        except IntegrityError:
            # The same person pressed Enrol twice at once: the other request kept the place.
            existing = cls.objects.filter(offer=offer, email=email).first()
            if existing is None:
                raise
            return existing, False

    def release_hold(self):
        """Give a held, unpaid place back to the offer (payment failed, cancelled or too
        late); the enrolment stays, at the regular price. True if a place went back."""
        with transaction.atomic():
            offer = self.offer.lock()
            released = Enrolment.objects.filter(
                pk=self.pk, payment_state=self.PaymentState.AWAITING
            ).update(
                place=None,
                held_until=None,
                price=offer.regular_price,
                payment_state=self.PaymentState.RELEASED,
            )
            if released:
                Offer.objects.filter(pk=offer.pk).update(places_taken=F("places_taken") - 1)
        self.refresh_from_db()
        return bool(released)

    def hold_again(self):
        """A place held afresh for someone whose hold was given back, if one is free."""
        with transaction.atomic():
            offer = self.offer.lock()
            offer.release_expired_holds()
            current = Enrolment.objects.select_for_update().get(pk=self.pk)
            if current.payment_state != self.PaymentState.RELEASED:
                return False
            place = offer.claim_place()
            if place is None:
                return False
            current.place = place
            current.price = offer.offer_price
            current.payment_state = self.PaymentState.AWAITING
            current.held_until = timezone.now() + timedelta(minutes=offer.hold_minutes)
            current.save(update_fields=["place", "price", "payment_state", "held_until"])
        self.refresh_from_db()
        return True

    @property
    def on_offer(self):
        return self.place is not None

    @property
    def hold_expired(self):
        return (
            self.payment_state == self.PaymentState.AWAITING
            and self.held_until is not None
            and self.held_until <= timezone.now()
        )

    def preferred_times_display(self):
        labels = dict(self.Times.choices)
        return ", ".join(labels.get(value, value) for value in self.preferred_times)

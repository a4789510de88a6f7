"""Offers with a limited number of places, the enrolments that claim them, and /enrol/.

The tables keep the names they had when these models lived in the portal app.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q, Subquery
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.forms import reviews_cached_posts
from home.models import SiteSettings

from . import choices
from .forms import EnrolForm
from .signals import enrolled

RESULT_SESSION_KEY = "enrolment_result"
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
        enrol_path = EnrolPage.objects.live().order_by("path").values("url_path")[:1]
        return self.open_now().annotate(enrol_url_path=Subquery(enrol_path)).first()


class Offer(models.Model):
    """ "The first 14 to enrol pay £50": a price for a number of places, for a while."""

    title = models.CharField(max_length=120)
    description = models.TextField(blank=True, help_text="A sentence or two for the enrol page.")
    places = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    # Counted by the database as places are claimed, never typed in.
    places_taken = models.PositiveSmallIntegerField(default=0, editable=False)
    offer_price = models.DecimalField(**MONEY)
    regular_price = models.DecimalField(**MONEY)
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
        if errors:
            raise ValidationError(errors)

    @property
    def places_left(self):
        return max(self.places - self.places_taken, 0)

    @property
    def sold_out(self):
        return self.places_left == 0


class Enrolment(models.Model):
    """Someone asking to start sessions, with the offer place they got, if any."""

    Service = choices.Service
    Times = choices.Times

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

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
    # The place and price they got
    offer = models.ForeignKey(
        Offer, null=True, blank=True, on_delete=models.PROTECT, related_name="enrolments"
    )
    place = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    price = models.DecimalField(**MONEY, editable=False)
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

        Returns the enrolment and whether it is new. The place is claimed by one
        conditional UPDATE on the offer's counter, so however many people press Enrol at
        the same moment, only the first `places` of them get one. Someone enrolling again
        in the same offer keeps their first enrolment and place, unchanged: anyone can type
        any address, so a repeat may not overwrite what the first enrolment said.
        """
        email = email.strip().lower()
        try:
            with transaction.atomic():
                existing = cls.objects.filter(offer=offer, email=email).first() if offer else None
                if existing:
                    return existing, False
                place = None
                if offer and Offer.objects.filter(pk=offer.pk, places_taken__lt=F("places")).update(
                    places_taken=F("places_taken") + 1
                ):
                    # Our UPDATE holds the offer row until we commit, so this is our count.
                    place = Offer.objects.values_list("places_taken", flat=True).get(pk=offer.pk)
                price = offer.offer_price if place else (offer.regular_price if offer else None)
                enrolment = cls.objects.create(
                    offer=offer,
                    email=email,
                    place=place,
                    price=regular_price if price is None else price,
                    **fields,
                )
                return enrolment, True
        except IntegrityError:
            # The same person pressed Enrol twice at once: the other request kept the place.
            existing = cls.objects.filter(offer=offer, email=email).first()
            if existing is None:
                raise
            return existing, False

    @property
    def on_offer(self):
        return self.place is not None

    def preferred_times_display(self):
        labels = dict(self.Times.choices)
        return ", ".join(labels.get(value, value) for value in self.preferred_times)


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

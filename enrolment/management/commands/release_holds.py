"""Give back offer places whose payment did not come in time, for cron every few minutes:

*/5 * * * *  manage.py release_holds

Enrolling releases expired holds on its own offer first, so no one is ever refused a place
an expired hold still counts; this keeps the banner's places left honest between enrolments.
"""

from django.core.management.base import BaseCommand

from enrolment.models import Enrolment, Offer
from enrolment.receivers import banner_changed


class Command(BaseCommand):
    help = "Give back offer places held for payments that did not come in time."

    def handle(self, *args, **options):
        offers = Offer.objects.filter(
            enrolments__payment_state=Enrolment.PaymentState.AWAITING
        ).distinct()
        released = sum(offer.release_expired_holds() for offer in offers)
        if released:
            banner_changed()
        self.stdout.write(f"Gave back {released} place{'s' if released != 1 else ''}.")

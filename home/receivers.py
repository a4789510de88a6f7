"""What follows the home app's signals: the contact message's emails, sent in the
background; and fragments showing the site settings, services or testimonials, out of
date once they change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.fragments import CONTENT, bump
from core.purge import purge_everything

from .models import Service, SiteSettings, Testimonial
from .signals import contact_message_received
from .tasks import send_contact_emails


@receiver(contact_message_received)
def email_the_message(sender, submission, **kwargs):
    transaction.on_commit(lambda: send_contact_emails.enqueue(submission.pk))


@receiver(post_save, sender=SiteSettings)
def settings_changed(sender, created, **kwargs):
    """Every page shows the settings (the footer's crisis text, the banner switch). Made
    on first use, they hold the defaults every page showed already: nothing to forget."""
    if created:
        return
    bump(CONTENT)
    transaction.on_commit(purge_everything, robust=True)


@receiver(post_save, sender=Service)
@receiver(post_delete, sender=Service)
@receiver(post_save, sender=Testimonial)
@receiver(post_delete, sender=Testimonial)
def shown_elsewhere_changed(sender, **kwargs):
    """Services and testimonials show on the home page and beyond: a price changed or a
    client's consent withdrawn must not wait for a cached copy to age out."""
    bump(CONTENT)
    transaction.on_commit(purge_everything, robust=True)

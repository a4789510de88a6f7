"""The home app's models, one module per subject; import them from here."""

from .pages import ContactFormField, ContactPage, HomePage, StandardPage
from .practitioners import PractitionerPage, PractitionerRegistration, TeamPage
from .services import Service, ServicesPage
from .settings import SiteSettings, email_context
from .testimonials import Testimonial

__all__ = [
    "ContactFormField",
    "ContactPage",
    "HomePage",
    "PractitionerPage",
    "PractitionerRegistration",
    "Service",
    "ServicesPage",
    "SiteSettings",
    "StandardPage",
    "TeamPage",
    "Testimonial",
    "email_context",
]

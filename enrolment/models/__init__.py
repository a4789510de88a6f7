"""Enrolment's models by subject: offers and the enrolments that claim their places,
paying for a place and its invoice, and the enrol page."""

from .billing import EnrolmentPayment, Invoice, InvoiceCounter
from .offers import MONEY, Enrolment, Offer
from .pages import RESULT_SESSION_KEY, EnrolPage

__all__ = [
    "MONEY",
    "RESULT_SESSION_KEY",
    "Enrolment",
    "EnrolmentPayment",
    "EnrolPage",
    "Invoice",
    "InvoiceCounter",
    "Offer",
]

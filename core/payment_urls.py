"""django-payments' callback addresses, for payments of any model (core/payments.py)."""

from django.urls import path, re_path

from .payments import process_data, refusing, static_callback

urlpatterns = [
    path("process/<uuid:token>/", refusing(process_data), name="process_payment"),
    re_path(
        r"^process/(?P<variant>[a-z-]+)/$", refusing(static_callback), name="static_process_payment"
    ),
]

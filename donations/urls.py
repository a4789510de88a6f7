"""django-payments' callback addresses, answering 4xx to whatever they cannot use.

Its own views let a provider's refusal (a forged webhook, a dummy provider that takes no
webhooks, an unknown status) escape as a server error.
"""

from django.http import JsonResponse
from django.urls import path, re_path
from payments import PaymentError
from payments.urls import process_data, static_callback


def refusing(view):
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PaymentError as error:
            return JsonResponse({"error": str(error)}, status=400)
        except (NotImplementedError, ValueError):
            return JsonResponse({"error": "This payment callback is not accepted."}, status=400)

    return wrapper


urlpatterns = [
    path("process/<uuid:token>/", refusing(process_data), name="process_payment"),
    re_path(
        r"^process/(?P<variant>[a-z-]+)/$", refusing(static_callback), name="static_process_payment"
    ),
]

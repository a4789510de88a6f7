"""The enrol form and the page that tells people which place and price they got."""

from django.db import transaction
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache

from home.models import SiteSettings

from .. import access
from ..forms import EnrolForm
from ..models import Enrolment
from ..tasks import send_enrolment_emails

RESULT_SESSION_KEY = "portal_enrolment_result"


def enrol(request, page):
    practice_name = SiteSettings.load(request_or_site=request).practice_name
    data = request.POST if request.method == "POST" else None
    form = EnrolForm(data, page=page, practice_name=practice_name)
    status = 200
    if data is not None:
        problem = form.screen(request)
        if form.is_valid():
            enrolment, created = Enrolment.enrol(
                offer=access.current_offer(),
                regular_price=page.regular_price,
                **form.enrolment_fields(),
            )
            transaction.on_commit(
                lambda: send_enrolment_emails.enqueue(enrolment.pk, again=not created)
            )
            # The outcome travels in the session, not the address: it names the person.
            request.session[RESULT_SESSION_KEY] = {"id": enrolment.pk, "again": not created}
            return redirect(page.url + page.reverse_subpage("result"))
        status = 429 if problem == "rate" else 200
    response = page.render(
        request, context_overrides={"form": form, "offer": access.current_offer()}
    )
    response.status_code = status
    return response


@never_cache
def result(request, page):
    """What this browser's enrolment got.

    A repeat enrolment (the address had enrolled already) is told only that the details
    went to that address: whoever typed it may not be its owner.
    """
    outcome = request.session.get(RESULT_SESSION_KEY)
    enrolment = access.enrolment_by_pk(outcome["id"]) if outcome else None
    if enrolment is None:
        return redirect(page.url)
    return page.render(
        request,
        context_overrides={"enrolment": enrolment, "again": outcome["again"]},
        template="portal/enrol_result.html",
    )

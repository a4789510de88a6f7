"""The enrol form and the page that tells people which place and price they got."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import urlencode

from home import spam
from home.models import SiteSettings

from .. import access
from ..forms import EnrolForm
from ..models import Enrolment
from ..tasks import send_enrolment_emails

RESULT_SALT = "portal.enrolment-result"
RESULT_MAX_AGE = 60 * 60 * 24


def enrol(request, page):
    practice_name = SiteSettings.load(request_or_site=request).practice_name
    data = request.POST if request.method == "POST" else None
    form = EnrolForm(data, page=page, practice_name=practice_name)
    status = 200
    if data is not None:
        problem = spam.screen(
            request,
            form,
            what="enrolment",
            page_id=page.pk,
            min_seconds=settings.ENROL_MIN_SECONDS,
            rate_limit=settings.ENROL_RATE_LIMIT,
        )
        if form.is_valid():
            enrolment, created = Enrolment.enrol(
                offer=access.current_offer(),
                regular_price=page.regular_price,
                **form.enrolment_fields(),
            )
            transaction.on_commit(
                lambda: send_enrolment_emails.enqueue(enrolment.pk, again=not created)
            )
            token = signing.dumps({"id": enrolment.pk, "again": not created}, salt=RESULT_SALT)
            # In the query: Wagtail's page paths allow no ":" and signatures contain them.
            return redirect(
                page.url + page.reverse_subpage("result") + "?" + urlencode({"t": token})
            )
        status = 429 if problem == "rate" else 200
    response = page.render(
        request, context_overrides={"form": form, "offer": access.current_offer()}
    )
    response.status_code = status
    return response


def result(request, page):
    """Shown straight after enrolling: the link is signed and lasts a day."""
    try:
        data = signing.loads(request.GET.get("t", ""), salt=RESULT_SALT, max_age=RESULT_MAX_AGE)
    except signing.BadSignature as error:
        raise Http404("No such enrolment") from error
    enrolment = access.enrolment_by_pk(data["id"])
    if enrolment is None:
        raise Http404("No such enrolment")
    return page.render(
        request,
        context_overrides={"enrolment": enrolment, "again": data.get("again", False)},
        template="portal/enrol_result.html",
    )

"""Public newsletter pages: sign up, confirm, unsubscribe; and the push endpoints."""

import logging

from django.conf import settings
from django.core import signing
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core import spam
from core.forms import reviews_cached_posts
from home.models import SiteSettings

from . import push, vapid
from .forms import SignupForm
from .models import Consent, PushSubscription, Subscriber
from .signup import confirm, consent_for, sign_up

logger = logging.getLogger(__name__)


# The newsletter's own pages carry their form in the page, not a second one in the footer.
NO_FOOTER_FORM = {"hide_footer_signup": True}


@reviews_cached_posts
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The sign-up form's target (and a page of its own); every valid sign-up gets the same
    answer, so the page never tells anyone whether an address is on the list."""
    practice_name = SiteSettings.load(request).practice_name
    if request.method == "GET":
        form = SignupForm(practice_name=practice_name)
        return render(request, "newsletter/subscribe.html", {"form": form, **NO_FOOTER_FORM})
    form = SignupForm(request.POST, practice_name=practice_name)
    problem = form.screen(request)
    if problem or not form.is_valid():
        status = {"rate": 429, "review": 200}.get(problem, 400)
        return render(
            request, "newsletter/subscribe.html", {"form": form, **NO_FOOTER_FORM}, status=status
        )
    sign_up(
        email=form.cleaned_data["email"],
        first_name=form.cleaned_data["first_name"],
        wording=form.wording,
        method=form.method(),
        ip_hash=spam.visitor(request),
    )
    request.session["newsletter_email"] = form.cleaned_data["email"]
    return redirect("newsletter:check-inbox")


@never_cache
@require_GET
def check_inbox(request):
    email = request.session.get("newsletter_email")
    return render(
        request,
        "newsletter/check_inbox.html",
        {
            "email": email,
            "max_age_days": settings.NEWSLETTER_CONFIRM_MAX_AGE_DAYS,
            **NO_FOOTER_FORM,
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm_view(request):
    """A link from the email opens this page; only pressing its button subscribes, so a
    mail scanner that follows links signs no one up."""
    token = request.POST.get("token") or request.GET.get("token", "")
    try:
        consent = consent_for(token)
    except signing.SignatureExpired:
        return render(
            request, "newsletter/confirm.html", {"problem": "expired", **NO_FOOTER_FORM}, status=410
        )
    except (signing.BadSignature, Consent.DoesNotExist):
        return render(
            request, "newsletter/confirm.html", {"problem": "invalid", **NO_FOOTER_FORM}, status=400
        )
    context = {"consent": consent, "token": token, **NO_FOOTER_FORM}
    if consent.confirmed_at and consent.subscriber.status != Subscriber.Status.SUBSCRIBED:
        context["left_since"] = True  # confirmed once, unsubscribed since: say so
    elif request.method == "POST":
        context["confirmed_now"] = confirm(consent)
        context["done"] = True
    elif consent.confirmed_at:
        context["done"] = True
    return render(request, "newsletter/confirm.html", context)


@never_cache
@csrf_exempt  # RFC 8058: mail providers POST here with no cookie and no token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, key):
    """One click, no sign-in: the link in every email and the List-Unsubscribe target."""
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        return render(
            request, "newsletter/unsubscribed.html", {"unknown": True, **NO_FOOTER_FORM}, status=404
        )
    was_on_list = subscriber.unsubscribe()
    if was_on_list:
        logger.info("Subscriber %s unsubscribed", subscriber.pk)
    return render(
        request,
        "newsletter/unsubscribed.html",
        {"subscriber": subscriber, "was_on_list": was_on_list, **NO_FOOTER_FORM},
    )


def json_error(message, status):
    return JsonResponse({"error": message}, status=status)


def push_limited(request):
    return spam.rate_limited("push", spam.visitor(request), *settings.PUSH_RATE_LIMIT)


@require_GET
def push_key(request):
    """The public VAPID key the bell hands to `pushManager.subscribe`."""
    return JsonResponse({"publicKey": vapid.public_key()})


@require_POST
def push_subscribe(request):
    if push_limited(request):
        return json_error("Too many requests. Please try again later.", 429)
    try:
        data = push.parse_subscription(request.body)
    except push.BadSubscription as error:
        return json_error(str(error), error.status)
    _, created = PushSubscription.objects.update_or_create(
        endpoint=data["endpoint"], defaults={"p256dh": data["p256dh"], "auth": data["auth"]}
    )
    return JsonResponse({"subscribed": True}, status=201 if created else 200)


@require_POST
def push_unsubscribe(request):
    if push_limited(request):
        return json_error("Too many requests. Please try again later.", 429)
    try:
        endpoint = push.endpoint_from(request.body)
    except push.BadSubscription as error:
        return json_error(str(error), error.status)
    PushSubscription.objects.filter(endpoint=endpoint).delete()
    return JsonResponse({"subscribed": False})


@require_GET
def service_worker(request):
    """The service worker, served from the site root so its scope covers every page."""
    response = render(
        request,
        "newsletter/sw.js",
        {"icon_url": static("img/favicon.svg")},
        content_type="text/javascript",
    )
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response

"""Forms on pages that any cache may keep: the per-visitor tokens come separately.

A public page carries no CSRF token and no timing token, so one copy serves everyone. When
a reader starts using a form, static/js/forms.js asks `form_tokens` for them (an uncached
request, which also sets the CSRF cookie). Without JavaScript the form is sent without
them: the CSRF check fails, and `csrf_failure` hands the post back to the form's own view
to be shown again, filled in and with fresh tokens, for the reader to send; nothing is
stored on the way, since DefendedForm.screen refuses anything under review.
"""

import re

from django.conf import settings
from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.views import csrf
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .ids import is_id
from .spam import issue_token

NAMED_SCOPE = re.compile(r"^[a-z][a-z-]{0,39}$")


@never_cache
@require_GET
def form_tokens(request):
    """A CSRF token (and its cookie) and a timing token for the form `scope` names."""
    scope = request.GET.get("scope", "")
    tokens = {"csrf": get_token(request)}
    if is_id(scope):
        tokens["token"] = issue_token(int(scope))
    elif NAMED_SCOPE.match(scope):
        tokens["token"] = issue_token(scope)
    elif scope:
        raise Http404("No such form.")
    return JsonResponse(tokens)


def csrf_failure(request, reason=""):
    """A post from a cached page, made without JavaScript, carries no CSRF cookie: its form
    comes back to be checked and sent. Any other failure gets Django's 403."""
    no_cookie = not request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if request.method == "POST" and no_cookie:
        view = reviewing_view(request)
        if view is not None:
            request.reviewing = True
            return view()
    return csrf.csrf_failure(request, reason=reason)


def reviewing_view(request):
    """The view that would have answered this post, if it may review posts; else None."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    serve = lambda: match.func(request, *match.args, **match.kwargs)  # noqa: E731
    if getattr(match.func, "reviews_cached_posts", False):
        return serve
    if match.url_name != "wagtail_serve":
        return None
    # A Wagtail page: through Wagtail's own view (its privacy checks included), if the page
    # or the route it answers with may review.
    route = Page.route_for_request(request, request.path_info)
    if route is None:
        return None
    page, args, _ = route
    handler = args[0] if args and callable(args[0]) else page.serve
    return serve if getattr(handler, "reviews_cached_posts", False) else None

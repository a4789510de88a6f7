"""The sign-up form (footer and article block) and the push bell of public pages."""

from django import template

from home.models import SiteSettings
from newsletter.forms import SignupForm

register = template.Library()


# Signing in and the portal are private rooms: no newsletter in their footer.
PRIVATE_AREAS = ("/accounts/", "/portal/")


@register.inclusion_tag("newsletter/signup_form.html", takes_context=True)
def newsletter_signup(context, source, heading="Stay up to date", text="", bell=False):
    request = context["request"]
    if source == "footer" and request.path.startswith(PRIVATE_AREAS):
        return {"form": None}
    form = SignupForm(
        practice_name=SiteSettings.load(request).practice_name,
        source=source,
        origin=request.path,
    )
    return {
        "request": request,
        "form": form,
        "source": source,
        "heading": heading,
        "text": text,
        "bell": bell,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("newsletter/push_bell.html", takes_context=True)
def push_bell(context):
    """The bell on public pages only: sign-in and the portal are private rooms."""
    request = context.get("request")
    return {"show": request is not None and not request.path.startswith(PRIVATE_AREAS)}

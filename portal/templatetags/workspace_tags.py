"""The header's link to where a signed-in person works (portal/workspace.py)."""

from django import template

from ..workspace import workspaces as places_of

register = template.Library()


@register.simple_tag
def workspaces(user):
    return places_of(user)

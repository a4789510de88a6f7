"""The email outbox in the admin, for whoever may manage its messages (the owner), and the
owner's dashboard panel on the admin home, with the outbox's own figures in it."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import may_see_the_outbox, outbox_index, outbox_retry
from .dashboard import (
    OWNER_FIGURES,
    OwnerDashboardPanel,
    may_see_the_dashboard,
    outbox_figures,
    owner_figures,
)


class OutboxMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_the_outbox(request.user)


@hooks.register("register_admin_urls")
def outbox_urls():
    return [
        path("outbox/", outbox_index, name="core_outbox"),
        path("outbox/retry/", outbox_retry, name="core_outbox_retry"),
    ]


@hooks.register("register_settings_menu_item")
def outbox_menu_item():
    return OutboxMenuItem("Email outbox", reverse("core_outbox"), icon_name="mail", order=900)


@hooks.register("construct_homepage_panels")
def add_owner_dashboard(request, panels):
    if may_see_the_dashboard(request.user):
        panels.append(OwnerDashboardPanel(owner_figures(request)))


# Last in the panel: mail is the practice's plumbing, read after its people.
hooks.register(OWNER_FIGURES, outbox_figures, order=90)

"""The email outbox in the admin, for whoever may manage its messages (the owner)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import may_see_the_outbox, outbox_index, outbox_retry


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

"""The moderation queue in the admin, the pending count on the dashboard, and the same
count among the owner's figures (core/dashboard.py)."""

from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import modeladmin_register

from core.dashboard import OWNER_FIGURES, Figure, admin_url, plural
from core.listings import ListingAdmin

from .admin_views import ACTIONS, bulk_moderate, moderate
from .models import Comment


class CommentButtonHelper(ButtonHelper):
    """Adds spam / remove, each for the states it makes sense from (approving is one
    click, in its own column)."""

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(
            obj,
            exclude=["delete"],
            classnames_add=classnames_add,
            classnames_exclude=classnames_exclude,
        )
        if not self.request.user.has_perm("comments.change_comment"):
            return buttons
        back = urlencode({"next": self.request.get_full_path()})
        for action, (_, label, _) in ACTIONS.items():
            if action == "approve" or obj.status == {"spam": "spam", "remove": "removed"}[action]:
                continue
            buttons.append(
                {
                    "url": reverse("comments_moderate", args=[obj.pk, action]) + "?" + back,
                    "label": label,
                    "classname": "button button-small button-secondary",
                    "title": f"{label}: {obj.excerpt(40)}",
                }
            )
        return buttons


class PageFilter(SimpleListFilter):
    """Filter by the pages that have comments, rather than by every page on the site."""

    title = "page"
    parameter_name = "page"

    def lookups(self, request, model_admin):
        pages = Comment.objects.order_by().values_list("page_id", "page__title").distinct()
        return sorted(pages, key=lambda item: item[1])

    def queryset(self, request, queryset):
        return queryset.filter(page_id=self.value()) if self.value() else queryset


class CommentPermissionHelper(PermissionHelper):
    """Comments come from readers: the admin moderates and edits, it never adds."""

    def user_can_create(self, user):
        return False


class CommentAdmin(ListingAdmin):
    model = Comment
    menu_label = "Comments"
    menu_icon = "comment"
    menu_order = 250
    add_to_settings_menu = False
    list_display = ("pick", "excerpt", "author_name", "page", "status", "care", "created", "quick")
    list_display_add_buttons = "excerpt"
    index_template_name = "comments/admin/index.html"
    list_filter = ("status", "needs_care", PageFilter)
    search_fields = ("author_name", "body")
    ordering = ("-created",)
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_fields = (
        "page",
        "parent",
        "author_name",
        "author_url",
        "body",
        "status",
        "needs_care",
        "created",
    )
    button_helper_class = CommentButtonHelper
    permission_helper_class = CommentPermissionHelper
    # Status changes go through the moderation buttons, which send reply emails once.
    form_fields_exclude = (
        "page",
        "parent",
        "replied_to",
        "user",
        "author_email",
        "status",
        "created",
        "needs_care",
        "notify_replies",
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("page")

    def get_list_display(self, request):
        """The checkboxes and the Approve buttons only for those who may moderate."""
        if request.user.has_perm("comments.change_comment"):
            return self.list_display
        return tuple(name for name in self.list_display if name not in ("pick", "quick"))

    @admin.display(description="Select")
    def pick(self, obj):
        """A row's checkbox, within the queue's bulk form (comments/admin/index.html)."""
        return format_html(
            '<input type="checkbox" name="ids" value="{}" aria-label="Select the comment by {}:'
            ' {}" data-action="w-bulk#toggle" data-w-bulk-target="item">',
            obj.pk,
            obj.author_name,
            obj.excerpt(40),
        )

    @admin.display(description="Approve")
    def quick(self, obj):
        """One click, no confirmation: approving is what the queue is for."""
        if obj.status == Comment.Status.APPROVED:
            return ""
        return format_html(
            '<button type="submit" name="approve_one" value="{}" class="button button-small"'
            ' aria-label="Approve the comment by {}: {}">Approve</button>',
            obj.pk,
            obj.author_name,
            obj.excerpt(40),
        )

    @admin.display(description="needs care")
    def care(self, obj):
        """In words: modeladmin draws booleans with django.contrib.admin's icons, absent here."""
        return "Reply with care, soon" if obj.needs_care else ""


modeladmin_register(CommentAdmin)


@hooks.register("register_admin_urls")
def moderation_urls():
    return [
        path("comments/bulk/", bulk_moderate, name="comments_bulk_moderate"),
        path("comments/<int:pk>/<str:action>/", moderate, name="comments_moderate"),
    ]


class PendingCommentsPanel(Component):
    name = "pending_comments"
    order = 50
    template_name = "comments/admin/pending_panel.html"

    def __init__(self, pending, care):
        self.pending = pending
        self.care = care

    def get_context_data(self, parent_context):
        queue = reverse("comments_comment_modeladmin_index")
        return {
            "pending": self.pending,
            "care": self.care,
            "pending_url": f"{queue}?status__exact=pending",
            "care_url": f"{queue}?status__exact=pending&needs_care__exact=1",
        }


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if not request.user.has_perm("comments.change_comment"):
        return
    pending = Comment.objects.pending()
    panels.append(PendingCommentsPanel(pending.count(), pending.filter(needs_care=True).count()))


@hooks.register(OWNER_FIGURES, order=40)
def comment_figures(request):
    """Comments waiting for moderation, and how many of them need a caring reply: one query."""
    counts = Comment.objects.pending().aggregate(
        waiting=Count("pk"), care=Count("pk", filter=Q(needs_care=True))
    )
    care = counts["care"]
    return [
        Figure(
            label="Comments awaiting moderation",
            value=counts["waiting"],
            detail=(
                f"{plural(care, 'comment mentions', 'comments mention')} self-harm or suicide: "
                "reply with care, soon."
                if care
                else "None of them mentions self-harm or suicide."
                if counts["waiting"]
                else "All caught up."
            ),
            url=admin_url(
                "comments_comment_modeladmin_index",
                "status__exact=pending" + ("&needs_care__exact=1" if care else ""),
            ),
            link_text="Comments that need a caring reply" if care else "Moderation queue",
            attention=care > 0,
        )
    ]

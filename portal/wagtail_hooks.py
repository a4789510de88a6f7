"""Clients, invitations, prompts and questionnaires in the admin, for the practice owner,
beside the enrolment app's offers and enrolments.

Only people with the portal's model permissions (the owner) see these menus. Nothing
clients write in the portal is listed here.
"""

from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.db import transaction
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import CreateView

from core.ids import is_id
from core.listings import ListingAdmin
from enrolment.modeladmin import EnrolmentAdmin, OfferAdmin, PaymentAdmin

from . import unscoped
from .admin_views import invite_enrolment, resend_invitation
from .forms import coach_name
from .models import ClientProfile, Invitation, Prompt, Questionnaire
from .tasks import send_invitation


class CoachFilter(SimpleListFilter):
    title = "coach"
    parameter_name = "coach"

    def lookups(self, request, model_admin):
        return [(str(coach.pk), coach_name(coach)) for coach in unscoped.every_coach()]

    def queryset(self, request, queryset):
        if is_id(self.value()):
            return queryset.filter(coach_id=self.value())
        return queryset


class EnrolmentButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(
            obj,
            exclude=exclude,
            classnames_add=classnames_add,
            classnames_exclude=classnames_exclude,
        )
        if self.request.user.has_perm("portal.add_invitation"):
            buttons.append(
                {
                    "url": reverse("portal_invite_enrolment", args=[obj.pk]),
                    "label": "Invite to portal",
                    "classname": "button button-small button-secondary",
                    "title": f"Invite {obj.name} to the portal",
                }
            )
        return buttons


class InvitationCreateView(CreateView):
    """Record who invited, then send the email once the invitation is saved."""

    def form_valid(self, form):
        form.instance.invited_by = self.request.user
        response = super().form_valid(form)
        pk = self.instance.pk
        transaction.on_commit(lambda: send_invitation.enqueue(pk))
        return response

    def get_success_message(self, instance):
        return f"Invitation sent to {instance.email}."


class InvitationButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(
            obj,
            exclude=exclude,
            classnames_add=classnames_add,
            classnames_exclude=classnames_exclude,
        )
        if obj.accepted_at is None and self.request.user.has_perm("portal.add_invitation"):
            buttons.append(
                {
                    "url": reverse("portal_resend_invitation", args=[obj.pk]),
                    "label": "Send a new link",
                    "classname": "button button-small button-secondary",
                    "title": f"Send {obj.email} a new invitation link",
                }
            )
        return buttons


class InvitationPermissionHelper(PermissionHelper):
    """An invitation is sent as written; it may be withdrawn (deleted) until it is used."""

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return obj.accepted_at is None and super().user_can_delete_obj(user, obj)


class InvitationAdmin(ListingAdmin):
    model = Invitation
    menu_label = "Invitations"
    menu_icon = "mail"
    list_display = ("email", "role", "coach_column", "state_column", "sent_at", "accepted_at")
    list_filter = ("role",)
    search_fields = ("email", "name")
    create_view_class = InvitationCreateView
    button_helper_class = InvitationButtonHelper
    permission_helper_class = InvitationPermissionHelper
    panels = [
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("name"), FieldPanel("role"), FieldPanel("coach")],
            heading="Who to invite",
        )
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("coach__user")

    @admin.display(description="coach")
    def coach_column(self, obj):
        return coach_name(obj.coach) if obj.coach else ""

    @admin.display(description="state")
    def state_column(self, obj):
        return {
            "accepted": "Accepted",
            "sending": "Sending",
            "waiting": f"Waiting, link valid until {obj.expires_at:%d %b %H:%M}",
            "expired": "Link expired: send a new one",
        }[obj.state]


class ClientPermissionHelper(PermissionHelper):
    """Clients arrive by invitation and leave by erasing their account in the portal."""

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ClientAdmin(ListingAdmin):
    """Assign and reassign clients to coaches. No goal, journal, check-in or note text is
    listed or shown here (rule 3): only who works with whom, and the session plan."""

    model = ClientProfile
    menu_label = "Clients"
    menu_icon = "group"
    list_display = ("client_name", "client_email", "coach_column", "session_allowance", "created")
    list_filter = (CoachFilter,)
    search_fields = ("user__email", "user__first_name", "user__last_name")
    permission_helper_class = ClientPermissionHelper
    panels = [FieldPanel("coach"), FieldPanel("session_allowance")]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "coach__user")

    @admin.display(description="client")
    def client_name(self, obj):
        return obj.user.get_full_name() or obj.user.email

    @admin.display(description="email")
    def client_email(self, obj):
        return obj.user.email

    @admin.display(description="coach")
    def coach_column(self, obj):
        return coach_name(obj.coach) if obj.coach else "No coach yet"


class PromptAdmin(ListingAdmin):
    """The journal prompt library. Entries written from a prompt are never shown here."""

    model = Prompt
    menu_label = "Journal prompts"
    menu_icon = "help"
    list_display = ("text", "kind", "active", "position")
    list_filter = ("kind", "active")
    panels = [FieldPanel("text"), FieldPanel("kind"), FieldPanel("active"), FieldPanel("position")]


class QuestionnaireAdmin(ListingAdmin):
    """Outcome measures as data: add a licensed measure here, items and options exactly as
    published. Nobody's answers are shown here."""

    model = Questionnaire
    menu_label = "Questionnaires"
    menu_icon = "list-ol"
    list_display = ("name", "code", "clinical_cutoff", "reliable_change", "active")
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("code")]),
        FieldPanel("stem"),
        FieldPanel("items"),
        FieldPanel("options"),
        FieldPanel("extra_question"),
        FieldPanel("extra_options"),
        FieldPanel("bands"),
        FieldRowPanel(
            [FieldPanel("clinical_cutoff"), FieldPanel("reliable_change"), FieldPanel("risk_item")]
        ),
        FieldPanel("attribution"),
        FieldPanel("active"),
    ]


class InvitableEnrolmentAdmin(EnrolmentAdmin):
    button_helper_class = EnrolmentButtonHelper


class PortalGroup(ModelAdminGroup):
    menu_label = "Clients & offers"
    menu_icon = "group"
    menu_order = 270
    items = (
        ClientAdmin,
        OfferAdmin,
        InvitableEnrolmentAdmin,
        PaymentAdmin,
        InvitationAdmin,
        PromptAdmin,
        QuestionnaireAdmin,
    )


modeladmin_register(PortalGroup)


@hooks.register("register_admin_urls")
def portal_admin_urls():
    return [
        path("portal/enrolment/<int:pk>/invite/", invite_enrolment, name="portal_invite_enrolment"),
        path(
            "portal/invitation/<int:pk>/resend/", resend_invitation, name="portal_resend_invitation"
        ),
    ]

"""Admin rules for the site's own pages, and the screens for services and testimonials."""

import django_filters
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Service, Testimonial
from .models.formats import FORMATS


@hooks.register("filter_form_submissions_for_user")
def only_the_owner_reads_messages(user, editable_forms):
    """Contact messages can hold personal, even urgent, news: only the owner reads them.

    Editors may edit the contact page itself; its submissions stay with superusers.
    """
    return editable_forms if user.is_superuser else editable_forms.none()


class ServiceFilterSet(WagtailFilterSet):
    way = django_filters.ChoiceFilter(
        label="Sessions can happen", choices=FORMATS, method="filter_way", empty_label="Any way"
    )

    class Meta:
        model = Service
        fields = ["kind"]

    def filter_way(self, queryset, name, value):
        return queryset.filter(**{value: True}) if value in dict(FORMATS) else queryset


class ServiceViewSet(SnippetViewSet):
    """Services and fees: editors keep them current (home/migrations/0011 grants it)."""

    model = Service
    icon = "list-ul"
    menu_label = "Services and fees"
    list_display = [
        "name",
        Column("kind", accessor="get_kind_display", label="Kind", sort_key="kind"),
        Column("minutes", label="Minutes", sort_key="minutes"),
        Column("price", accessor="price_label", label="Price", sort_key="price"),
    ]
    filterset_class = ServiceFilterSet
    sort_order_field = "sort_order"


class ShownTestimonialsChooser(SnippetChooserViewSet):
    """The home page's testimonials section lets an editor choose among testimonials:
    only those shown on the site already, so words whose consent was withdrawn (or never
    recorded) stay with the owner."""

    def get_object_list(self):
        return Testimonial.objects.shown()

    @property
    def chosen_view(self):
        return self.construct_view(ShownTestimonialChosenView)

    @property
    def chosen_multiple_view(self):
        return self.construct_view(ShownTestimonialsChosenView)


class ShownTestimonialChosenView(SnippetChosenView):
    def get_object(self, pk):
        return Testimonial.objects.shown().get(pk=pk)


class ShownTestimonialsChosenView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return Testimonial.objects.shown().filter(pk__in=pks)


class ConsentDateColumn(Column):
    empty_value_display = "Not recorded"

    def get_value(self, instance):
        return super().get_value(instance) or ""


class TestimonialViewSet(SnippetViewSet):
    """Testimonials hold clients' consent records, which are personal data: no group is
    given any permission on them, so only the owner (a superuser) sees or edits them."""

    model = Testimonial
    icon = "openquote"
    list_display = [
        "display_name",
        Column("quote", accessor=lambda item: Truncator(item.quote).chars(70), label="Words"),
        BooleanColumn("show", label="Shown", sort_key="show"),
        ConsentDateColumn("consent_date", label="Consent given", sort_key="consent_date"),
    ]
    list_filter = ["show", "display_as"]
    sort_order_field = "sort_order"
    chooser_viewset_class = ShownTestimonialsChooser


register_snippet(ServiceViewSet)
register_snippet(TestimonialViewSet)

"""Admin listings built on wagtail-modeladmin: safe to filter, safe to export."""

from django.contrib.admin.options import IncorrectLookupParameters
from django.template.response import TemplateResponse
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import IndexView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ForgivingIndexView(IndexView):
    """A listing that answers a filter it does not know (a stray or mistyped query
    parameter) with a 400 page and a way back, where modeladmin would fail with a 500."""

    def dispatch(self, request, *args, **kwargs):
        # A NUL byte is never a filter or a search; PostgreSQL refuses it in any text.
        if any("\x00" in part for pair in request.GET.lists() for part in [pair[0], *pair[1]]):
            return self.bad_filter(request)
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            return self.bad_filter(request)

    def bad_filter(self, request):
        context = {"list_url": request.path, "title": self.model_admin.menu_label}
        return TemplateResponse(request, "core/admin/bad_filter.html", context, status=400)


class SpreadsheetSafeIndexView(ForgivingIndexView):
    """A listing whose CSV export never lets a spreadsheet run typed text as a formula:
    visitors type names and messages, and "=HYPERLINK(...)" in a name must stay text. XLSX
    cells are already written as text by Wagtail, so they are left as typed.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        formula = isinstance(value, str) and value.startswith(FORMULA_STARTS)
        if formula and export_format == self.FORMAT_CSV:
            return "'" + value
        return value


class ListingAdmin(ModelAdmin):
    """The base of every modeladmin here: its listing never answers a stray filter with a 500."""

    index_view_class = ForgivingIndexView

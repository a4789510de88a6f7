"""CSV and spreadsheet exports from the admin's lists, safe to open in Excel."""

from wagtail_modeladmin.views import IndexView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SpreadsheetSafeIndexView(IndexView):
    """A modeladmin list whose exports never let a spreadsheet run typed text as a formula.

    Visitors type names and messages; "=HYPERLINK(...)" in a name must stay text.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value

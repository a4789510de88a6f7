"""CSV and spreadsheet exports from the admin's lists, safe to open in Excel."""

from wagtail_modeladmin.views import IndexView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SpreadsheetSafeIndexView(IndexView):
    """A modeladmin list whose CSV export never lets a spreadsheet run typed text as a
    formula: visitors type names and messages, and "=HYPERLINK(...)" in a name must stay
    text. XLSX cells are already written as text by Wagtail, so they are left as typed.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        formula = isinstance(value, str) and value.startswith(FORMULA_STARTS)
        if formula and export_format == self.FORMAT_CSV:
            return "'" + value
        return value

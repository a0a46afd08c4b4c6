"""CSV and XLSX export of contact messages, reusing Wagtail's form submissions listing.

Wagtail's export writes CSV without a byte order mark (spreadsheet programs then misread Hungarian and Greek
text) and only neutralises "=" formulas in XLSX. This listing adds the BOM and neutralises every value and
heading that a spreadsheet could run as a formula (OWASP "CSV injection"), in both formats.

Wagtail writes times in UTC (XLSX) or as stored (CSV), beside the delivery column's local time; here every
time in a row is local time of the site's one time zone (settings.TIME_ZONE), named in the column heading.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.views import SubmissionsListView

# Characters that make spreadsheet programs treat a cell as a formula (OWASP CSV injection guidance).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff"


def neutralise_formula(value):
    """Return `value` with a leading apostrophe if it is a string a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class ContactSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions listing for the contact page, with a safe, spreadsheet-friendly export.

    Permission checks stay Wagtail's (users who may edit the contact page, filtered by the
    `filter_form_submissions_for_user` hook in `clarinet_site.contact.wagtail_hooks`).
    """

    def preprocess_field_value(self, field, value, export_format):
        """Preprocess as Wagtail does, with times in local time, then neutralise formulas (CSV and XLSX).

        A time becomes the naive local time of settings.TIME_ZONE: a date cell in XLSX, and
        "2026-04-03 14:30:05" in CSV.
        """
        if isinstance(value, datetime.datetime):
            local = (
                timezone.localtime(value).replace(tzinfo=None, microsecond=0)
                if timezone.is_aware(value)
                else value
            )
            return local if export_format == self.FORMAT_XLSX else local.isoformat(sep=" ")
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field) -> str:
        """Return the column heading (the field's label), formula-neutralised: editors type labels too.

        The submission time's heading names the time zone its values are in: "Submission date (Europe/Rome)".
        """
        heading = super().get_heading(queryset, field)
        if field == "submit_time":
            heading = f"{heading} ({settings.TIME_ZONE})"
        return neutralise_formula(heading)

    def stream_csv(self, queryset):
        """Yield a UTF-8 byte order mark first, so spreadsheet programs read the file as UTF-8."""
        yield UTF8_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        """Return the streaming CSV response, declared as UTF-8."""
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

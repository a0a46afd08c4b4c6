"""Template filters that write dates, times, numbers and file sizes in the language shown.

Each filter hands its value to the site's one formatter in `clarinet_site.languages` (CLDR data through
Babel); templates use these instead of Django's `date`, `time` and `filesizeformat` filters. An empty value
(None or "") gives "".
"""

from django import template

from clarinet_site import languages

register = template.Library()


@register.filter
def format_date(value, precision: str = languages.DatePrecision.DAY) -> str:
    """Return a date as "2 October 2021" (`precision` "day") or "October 2021" ("month")."""
    return "" if value in (None, "") else languages.format_date(value, precision)


@register.filter
def format_time(value) -> str:
    """Return a time of day as "14:30"."""
    return "" if value in (None, "") else languages.format_time(value)


@register.filter
def format_number(value) -> str:
    """Return a number with the language's separators ("12,500", "12 500")."""
    return "" if value in (None, "") else languages.format_number(value)


@register.filter
def format_file_size(value) -> str:
    """Return a size in bytes as "340 kB" or "1,2 MB"."""
    return "" if value in (None, "") else languages.format_file_size(value)

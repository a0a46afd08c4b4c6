"""Dates and date ranges written the way each site language writes them, with month names.

Every string is built with Django's `date_format` under the active language, so month names come from Django's
own translations. Django's DATE_FORMAT is not used as is: it is numeric in Greek ("d/m/Y") and American in
English ("N j, Y"), and a range needs to know which parts to leave out. The patterns below follow each
language's usual written form (e.g. Hungarian "2021. október 1–3.", German "1.–3. Oktober 2021").
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    """How much of a date is known: the exact day, or only the month (e.g. "July 2021")."""

    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")


@dataclass(frozen=True)
class RangePatterns:
    """Django date-format strings of one language.

    `day` and `month` write a whole date; each pair writes the start and the end of a range whose ends share
    the month (`same_month`) or the year (`same_year`); `short_dash` joins a range inside one month and
    `long_dash` any other range.
    """

    day: str
    month: str
    same_month: tuple[str, str]
    same_year: tuple[str, str]
    months_same_year: tuple[str, str]
    short_dash: str = "–"
    long_dash: str = " – "


PATTERNS = {
    "en": RangePatterns("j F Y", "F Y", ("j", "j F Y"), ("j F", "j F Y"), ("F", "F Y")),
    "it": RangePatterns("j F Y", "F Y", ("j", "j F Y"), ("j F", "j F Y"), ("F", "F Y")),
    "de": RangePatterns("j. F Y", "F Y", ("j.", "j. F Y"), ("j. F", "j. F Y"), ("F", "F Y")),
    "sl": RangePatterns("j. F Y", "F Y", ("j.", "j. F Y"), ("j. F", "j. F Y"), ("F", "F Y")),
    # Greek writes a day with the month in the genitive (E): "2 Οκτωβρίου 2021"; a month alone in the nominative.
    "el": RangePatterns("j E Y", "F Y", ("j", "j E Y"), ("j E", "j E Y"), ("F", "F Y")),
    "ro": RangePatterns("j F Y", "F Y", ("j", "j F Y"), ("j F", "j F Y"), ("F", "F Y")),
    # Bulgarian closes a full date with "г." (година, year).
    "bg": RangePatterns("j F Y г.", "F Y г.", ("j", "j F Y г."), ("j F", "j F Y г."), ("F", "F Y г.")),
    # Hungarian goes from the year to the day: "2021. október 1–3.", "2021. október 1. – november 3."
    "hu": RangePatterns("Y. F j.", "Y. F", ("Y. F j", "j."), ("Y. F j.", "F j."), ("Y. F", "F")),
}

# Languages that write month names in lower case inside a sentence, where Django's translations capitalise
# some of them ("Ottobre", "Octombrie", "Октомври").
LOWER_CASE_MONTHS = {"it", "sl", "ro", "bg", "hu"}


def _patterns() -> RangePatterns:
    code = (translation.get_language() or "en").split("-")[0]
    return PATTERNS.get(code, PATTERNS["en"])


def _format(value: datetime.date, pattern: str) -> str:
    text = date_format(value, pattern)
    if (translation.get_language() or "en").split("-")[0] in LOWER_CASE_MONTHS:
        for name in {date_format(value, "F"), date_format(value, "E")}:
            text = text.replace(name, name.lower())
    return text


def format_date(value: datetime.date, precision: str = DatePrecision.DAY) -> str:
    """Return `value` written in the active language, e.g. "2 October 2021" or, for a month, "October 2021"."""
    patterns = _patterns()
    return _format(value, patterns.month if precision == DatePrecision.MONTH else patterns.day)


def format_date_range(
    start: datetime.date,
    end: datetime.date | None = None,
    start_precision: str = DatePrecision.DAY,
    end_precision: str = DatePrecision.DAY,
) -> str:
    """Return the range from `start` to `end` in the active language, leaving out what both ends share.

    English examples: "1–3 October 2021", "1 October – 3 November 2021", "12 December 2020 – 12 February 2021",
    "July–August 2021", "July – 10 September 2021", "December 2020 – 12 February 2021". A missing `end`, or an end equal to the start,
    gives a single date. Raises ValueError when `end` comes before `start`.
    """
    if end is None:
        return format_date(start, start_precision)
    if end < start:
        raise ValueError(f"The range ends ({end}) before it starts ({start}).")
    patterns = _patterns()
    same_year = start.year == end.year
    same_month = same_year and start.month == end.month
    both_months = start_precision == end_precision == DatePrecision.MONTH
    both_days = start_precision == end_precision == DatePrecision.DAY
    if (both_days and start == end) or (both_months and same_month):
        return format_date(start, start_precision)
    if both_months and same_year:
        first, last = patterns.months_same_year
        return f"{_format(start, first)}{patterns.short_dash}{_format(end, last)}"
    if both_days and same_month:
        first, last = patterns.same_month
        return f"{_format(start, first)}{patterns.short_dash}{_format(end, last)}"
    if same_year:
        # one end known to the day, the other to the month: "July – 10 September 2021"
        first = (
            patterns.same_year[0] if start_precision == DatePrecision.DAY else patterns.months_same_year[0]
        )
        last = patterns.same_year[1] if end_precision == DatePrecision.DAY else patterns.months_same_year[1]
        return f"{_format(start, first)}{patterns.long_dash}{_format(end, last)}"
    return f"{format_date(start, start_precision)}{patterns.long_dash}{format_date(end, end_precision)}"


def month_end(value: datetime.date) -> datetime.date:
    """Return the last day of `value`'s month (a month-precision end date covers the whole month)."""
    following = value.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)

"""The site's languages and helpers to work in one of them.

The order and codes come from the design: en (default), it, de, sl, el, ro, bg, hu.
"""

import datetime
import functools
from decimal import Decimal

from babel import Locale
from babel.dates import format_time as babel_format_time
from babel.dates import get_datetime_format, match_skeleton, parse_pattern, tokenize_pattern
from babel.numbers import format_decimal
from babel.units import format_unit
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _


def language_codes() -> list[str]:
    """Return the site's language codes in the design's order, English first."""
    return [code for code, _name in settings.LANGUAGES]


def language_choices() -> list[tuple[str, str]]:
    """Return (code, name in that language) pairs, for choices that must read well in any admin language."""
    return [(code, LANG_INFO[code]["name_local"]) for code in language_codes()]


def local_name(code: str) -> str:
    """Return a language's own name for itself as it stands alone in a menu, e.g. "Magyar" for "hu", "Italiano"
    for "it"; raises KeyError for an unknown code.

    Django's names follow each language's running-text rule ("italiano", "български"); in a list or menu CLDR
    capitalises the first letter (contextTransforms, uiListOrMenu), so every name in the switcher looks alike.
    """
    name = LANG_INFO[code]["name_local"]
    return name[:1].upper() + name[1:]


# The active language and the one formatter of dates and numbers (issue 11): every date, time, number and file
# size shown on the site, sent by e-mail or written into a file comes from the functions below, built on the
# CLDR data of Babel (Unicode TR35 "Dates" and "Numbers"), never from hand-written patterns.

# English is written in the European style ("2 October 2021"): CLDR's British English.
BABEL_LOCALES = {"en": "en_GB"}
# Requested skeletons (TR35 section 2.6.2): a day with the month's full name, and a month with the year.
DAY_SKELETON = "yMMMMd"
MONTH_SKELETON = "yMMMM"
ONE_KB = 1000
ONE_MB = 1000 * 1000


class DatePrecision(models.TextChoices):
    """How much of a date is known: the exact day, or only the month (e.g. "July 2021")."""

    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")


def current_language() -> str:
    """Return the code of the language being shown ("hu"), taken from Django's active language.

    Outside a request or translation.override, or for a language the site does not offer, return the
    default language (English, first in settings.LANGUAGES). This is the one place that reads it.
    """
    code = (translation.get_language() or "").split("-")[0].lower()
    codes = language_codes()
    return code if code in codes else codes[0]


def babel_locale(language: str | None = None) -> Locale:
    """Return the Babel Locale of a site language code (the current language by default).

    Raises babel.UnknownLocaleError for a code CLDR does not know.
    """
    return _parsed_locale(language or current_language())


@functools.cache
def _parsed_locale(code: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(code, code))


def _adjusted(pattern: str) -> str:
    """Return `pattern` with abbreviated months spelled out and day numbers unpadded.

    CLDR gives most languages interval patterns only for the abbreviated month ("yMMMd"); TR35 (section
    2.6.2.1) has the best match's fields widened to the requested skeleton ("MMM" to "MMMM", "LLL" to
    "LLLL"). A zero-padded day ("dd", Italian) belongs to numeric dates, so beside a month name it is "d",
    as in the language's own single-date pattern.
    """
    parts = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "field":
            char, width = value
            if char in "ML" and width == 3:
                width = 4
            elif char == "d":
                width = 1
            parts.append(char * width)
        elif any("a" <= char.lower() <= "z" for char in value):
            parts.append("'" + value.replace("'", "''") + "'")
        else:
            parts.append(value)
    return "".join(parts)


@functools.cache
def _interval_skeleton(code: str, skeleton: str) -> str | None:
    """Return the interval skeleton of language `code` closest to `skeleton` (kept: babel's matching is slow)."""
    formats = babel_locale(code).interval_formats
    return skeleton if skeleton in formats else match_skeleton(skeleton, formats)


def _interval(start: datetime.date, end: datetime.date, skeleton: str, language: str | None) -> str:
    """Return start–end by the CLDR interval pattern of `skeleton`'s closest match (TR35 section 2.6.3).

    The pattern is chosen by the greatest field (year, month, day) in which the two dates differ; with no
    pattern, the locale's interval fallback ("{0} – {1}") joins the two formatted dates.
    """
    locale = babel_locale(language)
    formats = locale.interval_formats
    matched = _interval_skeleton(language or current_language(), skeleton)
    greatest = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    halves = formats.get(matched, {}).get(greatest) if matched else None
    if not halves:
        precision = DatePrecision.MONTH if skeleton == MONTH_SKELETON else DatePrecision.DAY
        first, last = (format_date(value, precision, language) for value in (start, end))
        return formats.get(None, "{0} – {1}").replace("{0}", first).replace("{1}", last)
    return "".join(
        parse_pattern(_adjusted(pattern)).apply(value, locale)
        for pattern, value in zip(halves, (start, end), strict=True)
    )


def format_date(value: datetime.date, precision: str = DatePrecision.DAY, language: str | None = None) -> str:
    """Return a date written in `language` (default: the current one), with the month's name.

    A DAY gives e.g. "2 October 2021", "2021. október 2.", "2 Οκτωβρίου 2021" (the genitive after a day);
    a MONTH gives "October 2021", "2021. október", "Οκτώβριος 2021" (the nominative). A datetime is written
    by its date as it is (convert aware values to local time first).
    """
    skeleton = MONTH_SKELETON if precision == DatePrecision.MONTH else DAY_SKELETON
    code = language or current_language()
    return _date_pattern(code, skeleton).apply(value, babel_locale(code))


@functools.cache
def _date_pattern(code: str, skeleton: str):
    """Return the parsed CLDR pattern of `skeleton` in language `code` (babel's skeleton matching costs about
    a millisecond, and a listing writes dozens of dates)."""
    skeletons = babel_locale(code).datetime_skeletons
    pattern = skeletons.get(skeleton) or skeletons[match_skeleton(skeleton, skeletons)]
    return parse_pattern(_adjusted(str(pattern)))


def format_date_range(
    start: datetime.date,
    end: datetime.date | None = None,
    start_precision: str = DatePrecision.DAY,
    end_precision: str = DatePrecision.DAY,
    language: str | None = None,
) -> str:
    """Return the dates from `start` to `end` in `language` (default: the current one), each end known to
    the day or to the month, leaving out what both ends share, by CLDR's interval patterns.

    British English examples (CLDR puts thin spaces around a dash between dates with spaces): "1–3 October
    2021", "1 October – 3 November 2021", "30 December 2020 – 2 January 2021", "July – August 2021".
    A missing end, an end on the same day, or two month-precision ends in one month give a single date;
    ends of different precision are joined by the language's interval fallback ("July 2021 – 10 September
    2021"). Raises ValueError when `end` comes before `start`.
    """
    if end is None:
        return format_date(start, start_precision, language)
    if end < start:
        raise ValueError(f"The range ends ({end}) before it starts ({start}).")
    if start_precision == end_precision == DatePrecision.MONTH:
        if (start.year, start.month) == (end.year, end.month):
            return format_date(start, DatePrecision.MONTH, language)
        return _interval(start, end, MONTH_SKELETON, language)
    if start_precision == end_precision == DatePrecision.DAY:
        if start == end:
            return format_date(start, DatePrecision.DAY, language)
        return _interval(start, end, DAY_SKELETON, language)
    fallback = babel_locale(language).interval_formats.get(None, "{0} – {1}")
    first = format_date(start, start_precision, language)
    last = format_date(end, end_precision, language)
    return fallback.replace("{0}", first).replace("{1}", last)


def format_time(value: datetime.time | datetime.datetime, language: str | None = None) -> str:
    """Return a time of day in `language`'s short CLDR form ("14:30"; Greek "2:30 μ.μ.")."""
    return babel_format_time(value, "short", locale=babel_locale(language))


def format_datetime(value: datetime.datetime, language: str | None = None) -> str:
    """Return a date and time in `language`, e.g. "2 October 2021, 14:30", joined by CLDR's medium pattern.

    An aware value is first converted to the site's time zone (settings.TIME_ZONE), so that every time the
    site writes is in that one zone; a naive value is written as it is.
    """
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    locale = babel_locale(language)
    return (
        str(get_datetime_format("medium", locale=locale))
        .replace("{1}", format_date(value, DatePrecision.DAY, language))
        .replace("{0}", format_time(value, language))
    )


def format_number(value: int | float | Decimal, language: str | None = None) -> str:
    """Return a number with `language`'s separators ("12,500", "12.500", "12 500")."""
    return format_decimal(value, locale=babel_locale(language))


def format_file_size(size: int, language: str | None = None) -> str:
    """Return a size in bytes as `language` writes it in bytes, kilobytes or megabytes ("340 kB", "1,2 MB").

    Units are decimal (1 kB = 1000 bytes), as CLDR's digital units are; raises ValueError for a negative size.
    """
    if size < 0:
        raise ValueError(f"A file size cannot be negative ({size}).")
    locale = babel_locale(language)
    if size >= ONE_MB:
        return format_unit(size / ONE_MB, "digital-megabyte", "short", format="#,##0.#", locale=locale)
    if size >= ONE_KB:
        return format_unit(round(size / ONE_KB), "digital-kilobyte", "short", locale=locale)
    return format_unit(size, "digital-byte", "short", locale=locale)


def shows_fallback(obj, field_name: str, language_code: str | None = None) -> bool:
    """Return True if `obj.field_name` shows English in `language_code` (default: the active language).

    That is: the field is empty in the language and filled in English, so modeltranslation's fallback
    (MODELTRANSLATION_FALLBACK_LANGUAGES) shows the English value. Fields without per-language columns never do.
    """
    code = language_code or current_language()
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if code == default or not hasattr(obj, f"{field_name}_{code}"):
        return False
    return not getattr(obj, f"{field_name}_{code}") and bool(getattr(obj, f"{field_name}_{default}", None))

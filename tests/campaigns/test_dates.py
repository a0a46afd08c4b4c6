"""Dates and ranges in the visitor's language (campaigns.dates)."""

import datetime

import pytest
from django.utils import translation

from campaigns.dates import DatePrecision, format_date, format_date_range, month_end

D = datetime.date
MONTH = DatePrecision.MONTH


@pytest.mark.parametrize(
    ("code", "same_month", "across_months", "across_years"),
    [
        ("en", "1–3 October 2021", "1 October – 3 November 2021", "30 December 2020 – 2 January 2021"),
        ("it", "1–3 ottobre 2021", "1 ottobre – 3 novembre 2021", "30 dicembre 2020 – 2 gennaio 2021"),
        ("de", "1.–3. Oktober 2021", "1. Oktober – 3. November 2021", "30. Dezember 2020 – 2. Januar 2021"),
        ("sl", "1.–3. oktober 2021", "1. oktober – 3. november 2021", "30. december 2020 – 2. januar 2021"),
        (
            "el",
            "1–3 Οκτωβρίου 2021",
            "1 Οκτωβρίου – 3 Νοεμβρίου 2021",
            "30 Δεκεμβρίου 2020 – 2 Ιανουαρίου 2021",
        ),
        ("ro", "1–3 octombrie 2021", "1 octombrie – 3 noiembrie 2021", "30 decembrie 2020 – 2 ianuarie 2021"),
        (
            "bg",
            "1–3 октомври 2021 г.",
            "1 октомври – 3 ноември 2021 г.",
            "30 декември 2020 г. – 2 януари 2021 г.",
        ),
        (
            "hu",
            "2021. október 1–3.",
            "2021. október 1. – november 3.",
            "2020. december 30. – 2021. január 2.",
        ),
    ],
)
def test_day_ranges_read_naturally_in_each_language(code, same_month, across_months, across_years):
    with translation.override(code):
        assert format_date_range(D(2021, 10, 1), D(2021, 10, 3)) == same_month
        assert format_date_range(D(2021, 10, 1), D(2021, 11, 3)) == across_months
        assert format_date_range(D(2020, 12, 30), D(2021, 1, 2)) == across_years


@pytest.mark.parametrize(
    ("code", "months", "month_to_day", "month_to_day_same_year"),
    [
        ("en", "July–August 2021", "December 2020 – 12 February 2021", "July – 10 September 2021"),
        ("ro", "iulie–august 2021", "decembrie 2020 – 12 februarie 2021", "iulie – 10 septembrie 2021"),
        (
            "hu",
            "2021. július–augusztus",
            "2020. december – 2021. február 12.",
            "2021. július – szeptember 10.",
        ),
        (
            "el",
            "Ιούλιος–Αύγουστος 2021",
            "Δεκέμβριος 2020 – 12 Φεβρουαρίου 2021",
            "Ιούλιος – 10 Σεπτεμβρίου 2021",
        ),
        ("bg", "юли–август 2021 г.", "декември 2020 г. – 12 февруари 2021 г.", "юли – 10 септември 2021 г."),
    ],
)
def test_month_precision_leaves_the_unknown_day_out(code, months, month_to_day, month_to_day_same_year):
    with translation.override(code):
        assert format_date_range(D(2021, 7, 1), D(2021, 8, 31), MONTH, MONTH) == months
        assert format_date_range(D(2020, 12, 1), D(2021, 2, 12), MONTH) == month_to_day
        assert format_date_range(D(2021, 7, 1), D(2021, 9, 10), MONTH) == month_to_day_same_year


def test_day_to_month_in_one_year():
    with translation.override("de"):
        assert (
            format_date_range(D(2021, 7, 10), D(2021, 8, 31), end_precision=MONTH) == "10. Juli – August 2021"
        )


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "2 October 2021"),
        ("hu", "2021. október 2."),
        ("bg", "2 октомври 2021 г."),
        ("de", "2. Oktober 2021"),
    ],
)
def test_single_day_and_same_day_range(code, expected):
    with translation.override(code):
        assert format_date(D(2021, 10, 2)) == expected
        assert format_date_range(D(2021, 10, 2), D(2021, 10, 2)) == expected
        assert format_date_range(D(2021, 10, 2)) == expected


def test_one_month_range_is_the_month():
    with translation.override("en"):
        assert format_date_range(D(2021, 7, 1), D(2021, 7, 31), MONTH, MONTH) == "July 2021"


def test_range_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        format_date_range(D(2021, 10, 3), D(2021, 10, 1))


def test_month_end_handles_february_and_december():
    assert month_end(D(2024, 2, 10)) == D(2024, 2, 29)
    assert month_end(D(2021, 2, 1)) == D(2021, 2, 28)
    assert month_end(D(2021, 12, 5)) == D(2021, 12, 31)

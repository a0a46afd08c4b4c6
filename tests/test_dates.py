"""The one formatter of dates and numbers (clarinet_site.languages): CLDR's forms in all eight languages,
and pages, feeds and calendar files that show them."""

import datetime
import re
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from clarinet_site.languages import (
    DatePrecision,
    current_language,
    format_date,
    format_date_range,
    format_datetime,
    format_file_size,
    format_number,
    format_time,
)
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from tests.news.factories import NewsPageFactory

D = datetime.date
MONTH = DatePrecision.MONTH
# CLDR writes a dash between two dates that contain spaces with thin spaces around it (U+2009), and the
# Bulgarian year abbreviation after a narrow no-break space (U+202F).
T = "\u2009–\u2009"
N = "\u202f"
ROOT = Path(__file__).resolve().parent.parent

# language: single day (2 Oct 2021), month only (Oct 2021), same month (1–3 Oct 2021),
# same year (1 Oct – 3 Nov 2021), across years (30 Dec 2020 – 2 Jan 2021)
EXPECTED = {
    "en": (
        "2 October 2021",
        "October 2021",
        "1–3 October 2021",
        f"1 October{T}3 November 2021",
        f"30 December 2020{T}2 January 2021",
    ),
    "it": (
        "2 ottobre 2021",
        "ottobre 2021",
        "1–3 ottobre 2021",
        f"1 ottobre{T}3 novembre 2021",
        f"30 dicembre 2020{T}2 gennaio 2021",
    ),
    "de": (
        "2. Oktober 2021",
        "Oktober 2021",
        "1.–3. Oktober 2021",
        f"1. Oktober{T}3. November 2021",
        f"30. Dezember 2020{T}2. Januar 2021",
    ),
    "sl": (
        "2. oktober 2021",
        "oktober 2021",
        "1.–3. oktober 2021",
        "1. oktober–3. november 2021",
        "30. december 2020–2. januar 2021",
    ),
    # Greek: the genitive after a day ("Οκτωβρίου"), the nominative for a month alone ("Οκτώβριος").
    "el": (
        "2 Οκτωβρίου 2021",
        "Οκτώβριος 2021",
        "1–3 Οκτωβρίου 2021",
        "1 Οκτωβρίου – 3 Νοεμβρίου 2021",
        "30 Δεκεμβρίου 2020 – 2 Ιανουαρίου 2021",
    ),
    "ro": (
        "2 octombrie 2021",
        "octombrie 2021",
        "1–3 octombrie 2021",
        f"1 octombrie{T}3 noiembrie 2021",
        f"30 decembrie 2020{T}2 ianuarie 2021",
    ),
    "bg": (
        f"2 октомври 2021{N}г.",
        f"октомври 2021{N}г.",
        f"1 – 3 октомври 2021{N}г.",
        f"1 октомври – 3 ноември 2021{N}г.",
        f"30 декември 2020{N}г. – 2 януари 2021{N}г.",
    ),
    # Hungarian goes from the year to the day.
    "hu": (
        "2021. október 2.",
        "2021. október",
        "2021. október 1–3.",
        f"2021. október 1.{T}november 3.",
        f"2020. december 30.{T}2021. január 2.",
    ),
}


@pytest.mark.parametrize("code", list(EXPECTED))
def test_each_language_writes_days_months_and_ranges_its_own_way(code):
    day, month, same_month, same_year, across_years = EXPECTED[code]
    with translation.override(code):
        assert format_date(D(2021, 10, 2)) == day
        assert format_date(D(2021, 10, 2), MONTH) == month
        assert format_date_range(D(2021, 10, 1), D(2021, 10, 3)) == same_month
        assert format_date_range(D(2021, 10, 1), D(2021, 11, 3)) == same_year
        assert format_date_range(D(2020, 12, 30), D(2021, 1, 2)) == across_years
    # the language can also be named instead of activated (e-mails, exports)
    assert format_date_range(D(2021, 10, 1), D(2021, 10, 3), language=code) == same_month


@pytest.mark.parametrize(
    ("code", "months", "months_across_years"),
    [
        ("en", f"July{T}August 2021", f"December 2020{T}February 2021"),
        ("it", "luglio–agosto 2021", f"dicembre 2020{T}febbraio 2021"),
        ("de", "Juli–August 2021", f"Dezember 2020{T}Februar 2021"),
        ("sl", "julij–avgust 2021", "december 2020–februar 2021"),
        ("el", "Ιούλιος–Αύγουστος 2021", "Δεκέμβριος 2020 – Φεβρουάριος 2021"),
        ("ro", f"iulie{T}august 2021", f"decembrie 2020{T}februarie 2021"),
        ("bg", f"юли – август 2021{N}г.", f"декември 2020{N}г. – февруари 2021{N}г."),
        ("hu", "2021. július–augusztus", f"2020. december{T}2021. február"),
    ],
)
def test_dates_known_only_to_the_month_stay_month_only(code, months, months_across_years):
    with translation.override(code):
        assert format_date_range(D(2021, 7, 1), D(2021, 8, 31), MONTH, MONTH) == months
        assert format_date_range(D(2020, 12, 1), D(2021, 2, 28), MONTH, MONTH) == months_across_years


def test_ends_of_different_precision_are_joined_by_the_languages_fallback():
    with translation.override("en"):
        assert format_date_range(D(2020, 12, 1), D(2021, 2, 12), MONTH) == f"December 2020{T}12 February 2021"
    with translation.override("hu"):
        assert (
            format_date_range(D(2021, 7, 1), D(2021, 9, 10), MONTH) == f"2021. július{T}2021. szeptember 10."
        )


def test_a_single_day_or_month_range_is_one_date():
    with translation.override("de"):
        assert format_date_range(D(2021, 10, 2), D(2021, 10, 2)) == "2. Oktober 2021"
        assert format_date_range(D(2021, 10, 2)) == "2. Oktober 2021"
        assert format_date_range(D(2021, 7, 1), D(2021, 7, 31), MONTH, MONTH) == "Juli 2021"


def test_a_range_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        format_date_range(D(2021, 10, 3), D(2021, 10, 1))


def test_current_language_has_one_default_english():
    with translation.override(None):
        assert current_language() == "en"
    with translation.override("fr"):
        assert current_language() == "en"
    with translation.override("en-gb"):
        assert current_language() == "en"
    with translation.override("hu"):
        assert current_language() == "hu"


def test_times_numbers_and_file_sizes_follow_the_language():
    utc_noon = datetime.datetime(2021, 10, 2, 12, 30, tzinfo=datetime.UTC)
    # settings.TIME_ZONE is Europe/Rome: 14:30 in summer time
    assert format_datetime(utc_noon, "en") == "2 October 2021, 14:30"
    assert format_datetime(utc_noon, "hu") == "2021. október 2. 14:30"
    assert format_time(datetime.time(9, 5), "de") == "09:05"
    assert format_number(12500, "en") == "12,500"
    assert format_number(12500, "de") == "12.500"
    assert format_number(12500, "hu") == "12\xa0500"
    assert format_file_size(1_250_000, "en") == "1.2 MB"
    assert format_file_size(1_250_000, "it") == "1,2 MB"
    assert format_file_size(340_000, "el") == "340 kB"
    assert format_file_size(120, "hu") == "120 bájt"
    with pytest.raises(ValueError):
        format_file_size(-1)


def test_only_the_language_module_reads_the_active_language_and_templates_use_the_formatter():
    app_code = [
        path
        for app in ("clarinet_site", "campaigns", "news", "toolkit")
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    ]
    readers = sorted(
        str(path.relative_to(ROOT)) for path in app_code if "translation.get_language(" in path.read_text()
    )
    assert readers == ["clarinet_site/languages.py"]
    hand_written = re.compile(r"\|\s*(date|time|filesizeformat)\b|DATE_FORMAT")
    offenders = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "templates").rglob("*.html")
        if hand_written.search(path.read_text())
    )
    assert offenders == []


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_news_pages_and_feeds_show_dates_and_countries_in_the_language_shown(client, home):
    from tests.news.factories import NewsIndexPageFactory

    index = NewsIndexPageFactory(parent=home, title_hu="Hírek", slug_hu="hirek")
    NewsPageFactory(
        parent=index,
        title="Results seminar",
        title_hu="Eredményismertető szeminárium",
        title_el="Σεμινάριο αποτελεσμάτων",
        intro_hu="A projekt eredményei.",
        intro_el="Τα αποτελέσματα του έργου.",
        slug="results-seminar",
        date=D(2022, 6, 18),
        event_start=D(2022, 6, 17),
        event_end=D(2022, 6, 18),
        event_place="Procida",
        event_country="IT",
    )
    page = soup(client.get("/hu/hirek/results-seminar/"))
    assert page.select_one(".news-page__date").get_text(" ", strip=True) == "Közzétéve: 2022. június 18."
    event = page.select_one(".event-meta__when").get_text()
    assert event == "2022. június 17–18."
    assert page.select_one(".event-meta__place").get_text() == ", Procida, Olaszország"

    page = soup(client.get("/el/news/results-seminar/"))
    assert page.select_one(".news-page__date time").get_text() == "18 Ιουνίου 2022"
    assert page.select_one(".event-meta__when").get_text() == "17–18 Ιουνίου 2022"
    assert page.select_one(".event-meta__place").get_text() == ", Procida, Ιταλία"

    feed = feedparser.parse(client.get("/hu/feeds/news.rss").content)
    assert feed.entries[0].summary.startswith("2022. június 17–18., Procida, Olaszország.")


@pytest.mark.django_db
def test_campaign_pages_show_dates_in_the_language_shown(client, home):
    index = CampaignIndexPageFactory(parent=home)
    CampaignPageFactory(
        parent=index,
        title="Kásád campaign",
        title_el="Εκστρατεία στο Kásád",
        title_hu="Kásádi kampány",
        slug="kasad-campaign",
        country="HU",
        town="Kásád",
        start_date=D(2021, 7, 1),
        start_precision=MONTH,
        end_date=D(2021, 8, 31),
        end_precision=MONTH,
    )
    page = soup(client.get("/el/campaigns/kasad-campaign/"))
    facts = page.select_one(".facts").get_text()
    assert "Ιούλιος–Αύγουστος 2021" in facts and "Kásád, Ουγγαρία" in facts
    page = soup(client.get("/hu/campaigns/kasad-campaign/"))
    facts = page.select_one(".facts").get_text()
    assert "2021. július–augusztus" in facts and "Kásád, Magyarország" in facts

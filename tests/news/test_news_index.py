"""The news index: upcoming events first, filters by theme and year, pagination, bad input, query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from news.models import NEWS_PER_PAGE
from tests.factories import ThemeFactory
from tests.helpers import count_queries
from tests.news.factories import NewsPageFactory, make_image

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def titles(response, section_id: str) -> list[str]:
    section = soup(response).find(attrs={"aria-labelledby": section_id})
    return [h.get_text(strip=True) for h in section.select(".news-card__title")] if section else []


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def test_upcoming_events_come_first_soonest_first_and_past_events_are_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Plain news", date=days(-1))
    NewsPageFactory(parent=news_index, title="Past event", date=days(-30), event_start=days(-20))
    NewsPageFactory(parent=news_index, title="Later event", date=days(-3), event_start=days(40))
    NewsPageFactory(
        parent=news_index, title="Running event", date=days(-5), event_start=days(-1), event_end=days(1)
    )
    response = client.get("/en/news/")
    assert response.status_code == 200
    assert titles(response, "upcoming-heading") == ["Running event", "Later event"]
    assert titles(response, "news-heading") == ["Plain news", "Past event"]
    page = soup(response)
    headings = [h.get_text(strip=True) for h in page.select("h2")]
    assert headings.index("Upcoming events") < headings.index("News and past events")
    badges = [b.get_text(strip=True) for b in page.select(".event-badge")]
    assert badges == ["Upcoming event", "Upcoming event", "Past event"]


def test_filter_by_theme_and_year_and_say_so(client, news_index):
    art = ThemeFactory(name="Art", slug="art")
    humour = ThemeFactory(name="Humour", slug="humour")
    NewsPageFactory(parent=news_index, title="Art 2021", date=datetime.date(2021, 10, 2), themes=[art])
    NewsPageFactory(parent=news_index, title="Art 2019", date=datetime.date(2019, 11, 23), themes=[art])
    NewsPageFactory(parent=news_index, title="Humour 2021", date=datetime.date(2021, 2, 12), themes=[humour])

    response = client.get("/en/news/?theme=art&year=2021")
    assert titles(response, "news-heading") == ["Art 2021"]
    assert not response.cookies  # a plain GET form: the page stays cacheable per URL
    status = soup(response).select_one(".filters__status").get_text(" ", strip=True)
    assert "Showing news about “Art” from 2021." in status
    assert soup(response).select_one("#filter-theme option[selected]")["value"] == "art"
    assert soup(response).select_one("#filter-year option[selected]")["value"] == "2021"

    assert titles(client.get("/en/news/?year=2019"), "news-heading") == ["Art 2019"]
    assert titles(client.get("/en/news/?theme=humour"), "news-heading") == ["Humour 2021"]
    options = [o["value"] for o in soup(response).select("#filter-year option")]
    assert options == ["", "2021", "2019"]


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-1",
        "page=0",
        "page=99999999999999999999999",
        "page=%00",
        "year=abc",
        "year=99999",
        "year=99999999999999999999999",
        "year=-2021",
        "year=%00",
        "year=２０２１",  # full-width digits
        "year=1800",
        "theme=%00",
        "theme=%3Cscript%3Ealert(1)%3C/script%3E",
        "theme=nonexistent",
        "theme=%CE%BD%CE%AD%CE%B1",
        "theme=art&theme=humour",
        "year=2021&year=%00",
    ],
)
def test_malformed_parameters_never_give_a_500(client, news_index, query):
    NewsPageFactory(parent=news_index, title="Only news", themes=[ThemeFactory(name="Art", slug="art")])
    response = client.get(f"/en/news/?{query}")
    assert response.status_code == 200
    assert "Only news" in titles(response, "news-heading")
    assert "<script>alert" not in response.content.decode()


def test_unknown_filter_values_are_ignored_and_the_page_says_all_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Only news")
    response = client.get("/en/news/?theme=nonexistent&year=1800")
    assert "Showing all news." in soup(response).select_one(".filters__status").get_text()


def test_pagination_keeps_filters(client, news_index):
    art = ThemeFactory(name="Art", slug="art")
    for n in range(NEWS_PER_PAGE + 2):
        NewsPageFactory(parent=news_index, title=f"News {n:02d}", date=days(-n), themes=[art])
    first = client.get("/en/news/?theme=art")
    assert len(titles(first, "news-heading")) == NEWS_PER_PAGE
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert "theme=art" in next_link and "page=2" in next_link
    second = client.get(f"/en/news/{next_link}")
    assert titles(second, "news-heading") == [f"News {NEWS_PER_PAGE:02d}", f"News {NEWS_PER_PAGE + 1:02d}"]


def test_upcoming_events_are_shown_only_on_the_first_page(client, news_index):
    NewsPageFactory(parent=news_index, title="Soon", event_start=days(3))
    for n in range(NEWS_PER_PAGE + 1):
        NewsPageFactory(parent=news_index, title=f"News {n}", date=days(-n))
    assert titles(client.get("/en/news/"), "upcoming-heading") == ["Soon"]
    assert titles(client.get("/en/news/?page=2"), "upcoming-heading") == []


def test_news_in_hungarian_lists_hungarian_news_and_marks_news_for_every_language(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Solidarity day",
        title_hu="Szolidaritási nap",
        intro_hu="Rövid bevezető.",
        slug="solidarity-day",
    )
    NewsPageFactory(parent=news_index, title="Award ceremony", slug="award-ceremony", show_in_all_languages=True)
    NewsPageFactory(parent=news_index, title="Results seminar", slug="results-seminar")  # English only
    response = client.get("/hu/hirek/")
    assert response.status_code == 200
    cards = {h.get_text(strip=True): h for h in soup(response).select(".news-card__title")}
    assert set(cards) == {"Szolidaritási nap", "Award ceremony"}
    assert cards["Szolidaritási nap"].get("lang") is None
    assert cards["Award ceremony"]["lang"] == "en"  # WCAG 3.1.2: English text marked as English


def _add_items(news_index, start: int, stop: int, themes) -> None:
    for n in range(start, stop):
        event = {"event_start": days(n + 1)} if n % 2 else {}
        NewsPageFactory(
            parent=news_index,
            title=f"Item {n}",
            date=days(-n),
            listing_image=make_image(f"Item image {n}"),
            themes=themes,
            **event,
        )


def test_query_count_does_not_grow_with_the_number_of_items(client, news_index, media_root):
    themes = [ThemeFactory(), ThemeFactory()]
    _add_items(news_index, 0, 3, themes)
    client.get("/en/news/")  # the first view creates the renditions
    client.get("/en/news/")  # the second finds every cache filled
    few, response = count_queries(client, "/en/news/")
    assert len(soup(response).select(".news-card picture")) == 3

    _add_items(news_index, 3, 30, themes)
    client.get("/en/news/")
    client.get("/en/news/")
    many, response = count_queries(client, "/en/news/")
    # every upcoming event (15) plus one page of news (12) are listed
    assert len(soup(response).select(".news-card picture")) == 15 + NEWS_PER_PAGE
    assert few == many


def test_a_news_item_translated_and_published_is_listed_in_that_language_at_once(client, news_index, settings):
    """What a listing shows in a language is kept between requests per content generation: a publish that
    makes a page exist in Hungarian lists it in Hungarian on the next view (page cache on and off)."""
    item = NewsPageFactory(parent=news_index, title="Results seminar", slug="results-seminar")  # English only
    for page_cache in (False, True):
        settings.PAGE_CACHE_ENABLED = page_cache
        client.get("/hu/hirek/")
        cards = {h.get_text(strip=True) for h in soup(client.get("/hu/hirek/")).select(".news-card__title")}
        assert not any("Results" in card or "Eredmény" in card for card in cards)
    for page_cache in (False, True):
        settings.PAGE_CACHE_ENABLED = page_cache
        item.title_hu = f"Eredményszeminárium {page_cache}"
        item.intro_hu = "Rövid bevezető."
        item.save_revision().publish()
        cards = {h.get_text(strip=True) for h in soup(client.get("/hu/hirek/")).select(".news-card__title")}
        assert f"Eredményszeminárium {page_cache}" in cards


def test_listing_parts_kept_between_requests_follow_a_publish_and_keep_the_english_notice(
    client, news_index, settings
):
    """Without the page cache, the listing's items and cards are kept per content generation
    (clarinet_site/listing.py, templatetags/fragment_tags.py): a second visit shows what the first did,
    including the notice that a card is in English, and a publish shows at once."""
    settings.PAGE_CACHE_ENABLED = False
    item = NewsPageFactory(parent=news_index, title="Only in English", date=days(-1), show_in_all_languages=True)
    notice = "Parts of this page have not been translated into your language yet; they are shown in English."
    with translation.override("hu"):
        notice = translation.gettext(notice)
    for _visit in range(2):
        page = soup(client.get("/hu/hirek/"))
        title = page.select_one(".news-card__title")
        assert (title.get_text(strip=True), title["lang"]) == ("Only in English", "en")
        assert notice in page.select_one("p.notice").get_text()
    item.title_hu, item.intro_hu = "Hír", "Rövid bevezető."
    item.save_revision().publish()
    page = soup(client.get("/hu/hirek/"))
    title = page.select_one(".news-card__title")
    assert title.get_text(strip=True) == "Hír"
    assert not title.has_attr("lang")
    assert page.select_one("p.notice") is None

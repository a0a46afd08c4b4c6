"""The home page shows the latest news and the next event (news_tags inclusion tags)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.helpers import count_queries
from tests.news.factories import NewsPageFactory, make_image

pytestmark = pytest.mark.django_db


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_home_shows_three_latest_news_and_the_next_event(client, news_index):
    for n in range(5):
        NewsPageFactory(parent=news_index, title=f"News {n}", date=days(-n))
    NewsPageFactory(parent=news_index, title="Later event", date=days(-10), event_start=days(30))
    NewsPageFactory(
        parent=news_index, title="Next event", date=days(-20), event_start=days(5), event_place="Procida"
    )
    response = client.get("/en/")
    page = soup(response)
    latest = [h.get_text(strip=True) for h in page.select(".latest-news .news-card__title")]
    assert latest == ["News 0", "News 1", "News 2"]
    assert page.select_one(".latest-news a[href='/en/news/']")
    next_event = page.select_one(".next-event")
    assert next_event.select_one(".news-card__title").get_text(strip=True) == "Next event"
    assert "Procida" in next_event.get_text()


def test_without_upcoming_event_home_shows_no_next_event_panel(client, news_index):
    NewsPageFactory(parent=news_index, title="Award ceremony", event_start=datetime.date(2019, 11, 23))
    NewsPageFactory(parent=news_index, title="Results seminar", event_start=datetime.date(2022, 6, 18))
    page = soup(client.get("/en/"))
    assert page.select_one(".next-event") is None
    assert "Next event" not in page.get_text()
    assert len(page.select(".latest-news .news-card")) == 2  # the past events stay in the news


def test_home_without_news_shows_no_latest_news(client, home):
    page = soup(client.get("/en/"))
    assert page.select_one(".latest-news") is None
    assert page.select_one(".next-event") is None


def test_home_queries_do_not_depend_on_the_number_of_news(client, news_index, media_root):
    NewsPageFactory(parent=news_index, title="First", listing_image=make_image("first"), event_start=days(2))
    client.get("/en/")
    client.get("/en/")  # the second view finds every cache filled (renditions are made by the first)
    few, _response = count_queries(client, "/en/")
    for n in range(10):
        NewsPageFactory(parent=news_index, title=f"More {n}", listing_image=make_image(f"more {n}"))
    client.get("/en/")
    client.get("/en/")
    many, response = count_queries(client, "/en/")
    assert len(soup(response).select(".latest-news .news-card")) == 3
    assert few == many


def test_the_news_panel_follows_a_publish_and_the_date_at_once(client, news_index, settings, monkeypatch):
    """The panel is kept between requests (per content generation, language and day): a news item published
    shows on the next view, and an event over since yesterday is no longer "next"."""
    settings.PAGE_CACHE_ENABLED = False
    NewsPageFactory(parent=news_index, title="Old news", date=days(-3))
    NewsPageFactory(parent=news_index, title="Tomorrow's event", date=days(-3), event_start=days(1))
    client.get("/en/")
    assert soup(client.get("/en/")).select_one(".next-event .news-card__title").get_text(strip=True) == (
        "Tomorrow's event"
    )
    item = NewsPageFactory(parent=news_index, title="Fresh news", date=days(0), live=False)
    item.save_revision().publish()
    latest = [h.get_text(strip=True) for h in soup(client.get("/en/")).select(".latest-news .news-card__title")]
    assert latest[0] == "Fresh news"
    two_days_on = timezone.localdate() + datetime.timedelta(days=2)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: two_days_on)
    assert soup(client.get("/en/")).select_one(".next-event") is None

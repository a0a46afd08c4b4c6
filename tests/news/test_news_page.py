"""A news page: date, event details, themes linking to the filtered index, the campaign or training."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
)
from tests.factories import ThemeFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_event_page_shows_dates_place_themes_and_related_page(client, home, news_index):
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaigns, title="Kásád campaign", slug="kasad-campaign")
    art = ThemeFactory(name="Art", slug="art", name_hu="Művészet")
    NewsPageFactory(
        parent=news_index,
        title="Solidarity day in Kásád",
        title_hu="Szolidaritási nap Kásádon",
        slug="solidarity-day",
        slug_hu="szolidaritasi-nap",
        date=datetime.date(2021, 10, 2),
        event_start=datetime.date(2021, 10, 1),
        event_end=datetime.date(2021, 10, 3),
        event_place="Kásád, Baranya county",
        event_place_hu="Kásád, Baranya megye",
        themes=[art],
        related_page=campaign,
        body=[("paragraph", "<p>More than a hundred residents came.</p>")],
    )
    response = client.get("/hu/hirek/szolidaritasi-nap/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Szolidaritási nap Kásádon"
    event = page.select_one(".event-details")
    assert event.select_one(".event-meta__when").get_text() == "2021. október 1–3."
    assert "Kásád, Baranya megye" in event.get_text()
    assert event.select_one(".event-badge").get_text(strip=True) != ""
    theme_link = page.select_one(".news-page__themes a")
    assert theme_link.get_text(strip=True) == "Művészet"
    assert theme_link["href"] == "/hu/hirek/?theme=art"
    related = page.select_one(".news-page__related a")
    assert related["href"] == "/hu/campaigns/kasad-campaign/" and related["lang"] == "en"
    assert "More than a hundred residents came." in page.select_one(".stream").get_text()


def test_plain_news_has_no_event_section_and_hides_an_unpublished_related_page(client, home, news_index):
    trainings = TrainingIndexPageFactory(parent=home)
    draft = TrainingPageFactory(parent=trainings, title="Draft training", slug="draft-training")
    draft.unpublish()
    NewsPageFactory(
        parent=news_index, title="Training completed", slug="training-completed", related_page=draft
    )
    response = client.get("/en/news/training-completed/")
    assert response.status_code == 200
    assert soup(response).select_one(".event-details") is None
    assert "Draft training" not in response.content.decode()

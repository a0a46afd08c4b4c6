"""Index pages: filters by country and year, bad parameters, overview by country, bounded queries."""

import datetime

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from tests.helpers import count_queries

from .factories import CampaignPageFactory, TrainingPageFactory

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response) -> list[str]:
    return [a.get_text() for a in soup(response).select(".card__title a")]


@pytest.fixture
def campaigns(campaign_index):
    CampaignPageFactory(parent=campaign_index, title="Kásád", title_hu="Kásád", country="HU", town="Kásád")
    CampaignPageFactory(
        parent=campaign_index,
        title="Constanța",
        title_hu="Konstanca",
        country="RO",
        town="Constanța",
        start_date=datetime.date(2021, 7, 1),
        end_date=datetime.date(2021, 9, 10),
    )
    CampaignPageFactory(
        parent=campaign_index,
        title="Across the new year",
        title_hu="Az év fordulóján",
        country="RO",
        town="Constanța",
        start_date=datetime.date(2021, 12, 20),
        end_date=datetime.date(2022, 1, 10),
    )


def test_campaigns_filter_by_country_and_year(client, campaigns):
    assert sorted(card_titles(client.get("/en/campaigns/?country=RO"))) == [
        "Across the new year",
        "Constanța",
    ]
    assert card_titles(client.get("/en/campaigns/?country=ro&year=2022")) == ["Across the new year"]
    response = client.get("/en/campaigns/?country=HU&year=2021")
    assert card_titles(response) == ["Kásád"]
    summary = soup(response).select_one(".filters__summary").get_text(" ")
    assert "Filters applied: Hungary, 2021." in " ".join(summary.split())
    assert soup(response).select_one("#filter-country option[selected]")["value"] == "HU"


def test_filters_say_it_in_hungarian(client, campaigns):
    response = client.get("/hu/kampanyok/?country=HU")
    assert soup(response).select_one("#filter-country option[value=HU]").get_text() == "Magyarország"


@pytest.mark.parametrize(
    "query",
    [
        "country=ZZ",
        "country=%3Cscript%3E",
        "year=abc",
        "year=99999999999999999999",
        "year=1850",
        "page=abc",
        "page=-1",
        "page=99999",
        "country=HU&country=RO&year=2021&year=x",
        "year=%00",
    ],
)
def test_bad_parameters_never_break_the_campaign_index(client, campaigns, query):
    response = client.get(f"/en/campaigns/?{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) >= 1


def test_ignored_filters_are_reported(client, campaigns):
    response = client.get("/en/campaigns/?country=ZZ&year=abc")
    assert sorted(card_titles(response)) == ["Across the new year", "Constanța", "Kásád"]
    notices = [" ".join(p.get_text().split()) for p in soup(response).select(".filters__notice")]
    assert notices == ["Not understood, so not applied: Country “ZZ”, Year “abc”."]


def test_bad_parameters_never_break_the_training_index(client, training_index):
    TrainingPageFactory(parent=training_index, title="Constanța training")
    for query in ("country=XX", "year=20x1", "page=0", "page=last", "year=2021&country=RO&page=7"):
        response = client.get(f"/en/trainings/?{query}")
        assert response.status_code == 200
        assert card_titles(response) == ["Constanța training"]


def test_training_year_filter_includes_trainings_spanning_the_new_year(client, training_index):
    TrainingPageFactory(
        parent=training_index,
        title="Winter training",
        start_date=datetime.date(2020, 12, 1),
        end_date=datetime.date(2021, 2, 12),
    )
    TrainingPageFactory(
        parent=training_index, title="Spring training", start_date=datetime.date(2021, 4, 1), end_date=None
    )
    assert card_titles(client.get("/en/trainings/?year=2020")) == ["Winter training"]
    assert card_titles(client.get("/en/trainings/?year=2021")) == ["Spring training", "Winter training"]


def test_overview_by_country_counts_campaigns_and_links_to_the_filter(client, campaigns):
    overview = soup(client.get("/en/campaigns/")).select(".country-overview__list li")
    lines = [" ".join(item.get_text(" ").split()) for item in overview]
    assert lines == ["Hungary : 1 campaign (Kásád)", "Romania : 2 campaigns (Constanța, Constanța)"]
    assert overview[1].a["href"] == "?country=RO"


def test_indexes_announce_their_calendar_feed_while_something_is_upcoming(
    client, campaigns, campaign_index, training_index
):
    for url in ("/en/campaigns/", "/hu/kepzesek/"):
        page = soup(client.get(url))
        assert page.find("link", type="text/calendar") is None  # everything is over
        assert page.select_one(".calendar-feed") is None
    soon = timezone.localdate() + datetime.timedelta(days=20)
    with translation.override("en"):  # the test client left Hungarian active
        TrainingPageFactory(
            parent=training_index, title="Next", title_hu="Következő", start_date=soon, end_date=None
        )
        CampaignPageFactory(parent=campaign_index, title="Next", start_date=soon, end_date=None)
    for url in ("/en/campaigns/", "/hu/kepzesek/"):
        page = soup(client.get(url))
        feed = page.find("link", type="text/calendar")["href"]
        assert feed == f"{url}calendar/"
        assert page.select_one(".calendar-feed a")["href"] == feed


def test_past_trainings_are_paginated(client, training_index):
    for n in range(14):
        TrainingPageFactory(
            parent=training_index, title=f"Training {n:02}", start_date=datetime.date(2020, 1, 1 + n)
        )
    first = client.get("/en/trainings/?country=RO")
    assert len(card_titles(first)) == 12
    second = client.get("/en/trainings/?country=RO&page=2")
    assert card_titles(second) == ["Training 01", "Training 00"]
    assert soup(first).select_one(".pagination a[rel=next]")["href"] == "?country=RO&page=2"


def add_pages(factory, parent, count: int, start: int) -> None:
    for n in range(start, start + count):
        factory(
            parent=parent,
            title=f"Item {n}",
            country=["HU", "RO", "IT"][n % 3],
            start_date=datetime.date(2019 + n % 3, 1 + n % 12, 1),
            end_date=None,
            listing_image=wagtail_factories.ImageFactory(title=f"Image {n}", description=f"Picture {n}"),
        )


@pytest.mark.parametrize(
    ("factory", "url"), [(TrainingPageFactory, "/en/trainings/"), (CampaignPageFactory, "/en/campaigns/")]
)
def test_index_makes_as_many_queries_for_30_items_as_for_3(
    client, training_index, campaign_index, factory, url
):
    parent = training_index if factory is TrainingPageFactory else campaign_index
    add_pages(factory, parent, 3, 0)
    client.get(url)  # renditions are created on the first visit
    client.get(url)  # the second finds every cache filled
    few, response = count_queries(client, url)
    assert len(card_titles(response)) == 3
    add_pages(factory, parent, 27, 3)
    client.get(url)
    client.get(f"{url}?page=2")
    client.get(url)
    many, response = count_queries(client, url)
    assert len(card_titles(response)) == 12  # one page of the listing
    assert many == few, f"{few} queries for 3 items, {many} for 30"
    client.get(f"{url}?country=HU&year=2019")
    filtered, _ = count_queries(client, f"{url}?country=HU&year=2019")
    assert filtered == few  # a filtered listing costs the same

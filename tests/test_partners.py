"""The partners page: partner organisations grouped by country, with type, role and place, in each language."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def groups(response) -> list[tuple[str, list[str]]]:
    html = BeautifulSoup(response.content, "html.parser")
    return [
        (
            section.h2.get_text(strip=True),
            [li.get_text(" ", strip=True) for li in section.select("li.partner")],
        )
        for section in html.select(".partner-list__country")
    ]


def test_partners_grouped_by_country_with_the_lead_first(client, demo_home):
    listing = dict(groups(client.get("/en/partners/")))
    assert list(listing)[-1] == "International networks"
    italy = listing["Italy"]
    assert italy[0].startswith("Municipality of Lampedusa and Linosa")
    assert "Lead partner" in italy[0]
    assert any("Civil-society organisation" in entry for entry in italy[1:])
    assert len(listing["International networks"]) == 2


def test_country_names_and_places_in_the_visitors_language(client, demo_home):
    german = groups(client.get("/de/partner/"))
    countries = [name for name, _entries in german]
    assert countries[:-1] == sorted(countries[:-1], key=lambda name: name.replace("Ö", "O"))
    assert "Österreich" in countries
    austria = dict(german)["Österreich"]
    assert any("Wien" in entry for entry in austria)
    hungarian = dict(groups(client.get("/hu/partnerek/")))
    assert any("Bécs" in entry for entry in hungarian["Ausztria"])

"""The listing kit on the demo content: every listing follows the same paging rule, names a filter value it
did not understand in the visitor's language, even when it shows no filter form (too few items)."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from campaigns.models import CampaignIndexPage, TrainingIndexPage
from news.models import DownloadsPage, NewsIndexPage
from toolkit.models import GoodPracticeIndexPage

pytestmark = pytest.mark.django_db

# Each listing, the selector of its items, and a filter it offers.
LISTINGS = [
    (NewsIndexPage, ".news-card__title", "year"),
    (DownloadsPage, ".document-item__title", "year"),
    (TrainingIndexPage, ".listing-card .card__title", "year"),
    (CampaignIndexPage, ".listing-card .card__title", "year"),
    (GoodPracticeIndexPage, ".practice-card .card__title", "country"),
]
NOT_UNDERSTOOD = {"en": "Not understood, so not applied:", "hu": "Nem értelmezhető, ezért nem alkalmaztuk:"}
LABELS = {"en": {"year": "Year", "country": "Country"}, "hu": {"year": "Év", "country": "Ország"}}


def url_of(page_type, language: str) -> str:
    with translation.override(language):
        return page_type.objects.get().url


def items(response, selector: str) -> list[str]:
    return [
        title.get_text(strip=True)
        for title in BeautifulSoup(response.content, "html.parser").select(selector)
    ]


@pytest.mark.parametrize(("page_type", "selector", "_filter"), LISTINGS)
@pytest.mark.parametrize("number", ["abc", "0", "-1", "1.5", "99999", "99999999999999999999", "%00"])
def test_every_listing_answers_a_bad_page_number_with_its_first_or_last_page(
    client, demo_home, page_type, selector, _filter, number
):
    url = url_of(page_type, "en")
    first = client.get(url)
    assert items(first, selector), f"{url} lists nothing"
    response = client.get(f"{url}?page={number}")
    assert response.status_code == 200
    assert items(response, selector) == items(first, selector)  # the demo's listings hold one page each


@pytest.mark.parametrize(("page_type", "selector", "name"), LISTINGS)
@pytest.mark.parametrize("language", ["en", "hu"])
def test_every_listing_names_a_value_it_did_not_understand_in_the_visitors_language(
    client, demo_home, page_type, selector, name, language
):
    url = url_of(page_type, language)
    response = client.get(f"{url}?{name}=%3Cb%3Ex")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    notice = " ".join(html.select_one(".filters__notice").get_text().split())
    assert notice == f"{NOT_UNDERSTOOD[language]} {LABELS[language][name]} “<b>x”."
    assert "<b>x" not in response.content.decode()  # escaped
    assert items(response, selector) == items(client.get(url), selector)  # the filter was left out

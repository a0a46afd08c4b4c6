"""The demo content of the campaigns app: complete in its languages, and loading it twice duplicates nothing."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from icalendar import Calendar

from campaigns.models import CampaignGalleryImage, CampaignPage, TrainingPage
from clarinet_site.models import CustomImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_home):
    """The whole demo content, loaded once for this module (see tests/conftest.py)."""
    return demo_home


def test_loading_twice_duplicates_nothing(demo):
    counts = (
        TrainingPage.objects.count(),
        CampaignPage.objects.count(),
        CampaignGalleryImage.objects.count(),
    )
    images = CustomImage.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts == (1, 2, 5)
    assert (
        TrainingPage.objects.count(),
        CampaignPage.objects.count(),
        CampaignGalleryImage.objects.count(),
    ) == counts
    assert CustomImage.objects.count() == images


def test_kasad_campaign_in_hungarian(client, demo):
    response = client.get("/hu/kampanyok/kasad/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Kásád: a falu a szolidaritást és a sokszínűséget ünnepli"
    assert not page.select('main [lang="en"]'), "nothing falls back to English on the Hungarian page"
    assert "2021. október 1–3." in page.select_one(".facts").get_text()
    assert "100+" in page.select_one(".figure-stat").get_text()
    assert len(page.select(".gallery__item")) == 3
    # the solidarity day of 2021 is over: no "add to calendar", though its calendar file still answers
    assert page.select_one(".activity .calendar-link") is None
    block_id = CampaignPage.objects.get(slug_en="kasad").activities_hu[0].id
    event = Calendar.from_ical(client.get(f"/hu/kampanyok/kasad/calendar/{block_id}/").content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Szolidaritási nap (Kásád)"
    assert event["SUMMARY"].params["LANGUAGE"] == "hu"


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/ro/formari/formare-constanta/", "Constanța: formare pentru personalul Primăriei"),
        (
            "/ro/campanii/constanta/",
            "Constanța: povești despre migrație în rezidențe artistice și un eveniment public",
        ),
    ],
)
def test_constanta_pages_in_romanian(client, demo, url, title):
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == title
    assert not page.select('main [lang="en"]'), "nothing falls back to English on the Romanian page"

"""Training and campaign pages as a visitor sees them: facts, dates in their language, gallery, video, filters."""

import datetime

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from campaigns.models import CampaignGalleryImage, CampaignPage, TrainingMaterial, TrainingPage
from clarinet_site.languages import DatePrecision
from clarinet_site.models import HomePage
from tests.factories import PartnerOrganisationFactory

from .factories import CampaignPageFactory, TrainingPageFactory, event

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def text(response) -> str:
    return " ".join(soup(response).get_text(" ").split())


def test_tree_rules_keep_trainings_and_campaigns_under_their_index():
    assert TrainingPage.allowed_parent_page_models() == [
        TrainingPage._meta.apps.get_model("campaigns.TrainingIndexPage")
    ]
    assert CampaignPage.allowed_parent_page_models() == [
        CampaignPage._meta.apps.get_model("campaigns.CampaignIndexPage")
    ]
    assert TrainingPage.allowed_subpage_models() == []
    assert not TrainingPage.can_create_at(HomePage())


def test_training_page_shows_its_facts_modules_speakers_and_materials(client, training_index):
    host = PartnerOrganisationFactory(name="Municipality of Constanța", country="RO")
    organiser = PartnerOrganisationFactory(name="Novapolis Association", country="RO")
    training = TrainingPageFactory(
        parent=training_index,
        title="Constanța training",
        slug="constanta",
        host_authority=host,
        organising_partner=organiser,
        start_date=datetime.date(2020, 12, 1),
        start_precision=DatePrecision.MONTH,
        end_date=datetime.date(2021, 2, 12),
        venue="Constanța",
        participants=18,
        modules=[("module", {"topic": "public_appearance", "title": "", "description": ""})],
        methods=[("method", "Case studies")],
        speakers=[("speaker", {"role": "Guest speaker", "origin": "Timișoara"})],
    )
    document = wagtail_factories.DocumentFactory(title="Exercise sheet")
    TrainingMaterial.objects.create(page=training, document=document)
    response = client.get("/en/trainings/constanta/")
    assert response.status_code == 200
    page_text = text(response)
    assert "December 2020 – 12 February 2021" in page_text
    assert "Municipality of Constanța" in page_text and "Novapolis Association" in page_text
    assert "Public appearance" in page_text  # the topic's name when the module has no title
    assert "Case studies" in page_text and "Guest speaker, Timișoara" in page_text
    assert "18" in soup(response).select_one(".facts").get_text()
    material = soup(response).find("a", string="Exercise sheet")
    assert material["href"] == document.url
    # the training is over: nothing to add to a calendar
    assert soup(response).select_one(".calendar-link") is None


def test_month_precision_is_stored_as_whole_months(training_index):
    training = TrainingPageFactory(
        parent=training_index,
        start_date=datetime.date(2021, 7, 15),
        start_precision=DatePrecision.MONTH,
        end_date=datetime.date(2021, 8, 3),
        end_precision=DatePrecision.MONTH,
    )
    training.refresh_from_db()
    assert (training.start_date, training.end_date) == (datetime.date(2021, 7, 1), datetime.date(2021, 8, 31))


def test_end_before_start_is_a_form_error(training_index):
    training = TrainingPageFactory.build(
        start_date=datetime.date(2021, 3, 2), end_date=datetime.date(2021, 3, 1)
    )
    with pytest.raises(ValidationError) as error:
        training.clean()
    assert "end_date" in error.value.message_dict


def test_campaign_page_in_hungarian_shows_hungarian_dates_and_marks_english_fallback(client, campaign_index):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title="Kásád: solidarity day",
        slug="kasad",
        title_hu="Kásád: szolidaritási nap",
        slug_hu="kasad",
        town_hu="Kásád",
        theme="Solidarity and diversity",
        activities=[event("Solidarity day", datetime.date(2021, 10, 2), "Kásád")],
    )
    response = client.get("/hu/kampanyok/kasad/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "hu"
    assert "2021. október 1–3." in page.select_one(".facts").get_text()
    assert "2021. október 2." in page.select_one(".activity").get_text()
    # the theme and activities are not translated: they are shown in English and marked as such (WCAG 3.1.2)
    assert page.find("dd", string="Solidarity and diversity")["lang"] == "en"
    assert page.select_one("#activities-heading").parent["lang"] == "en"
    # the activity is over: no "add to calendar"
    assert page.select_one(".activity .calendar-link") is None
    campaign.activities = [event("Solidarity day", timezone.localdate() + datetime.timedelta(days=9), "Kásád")]
    campaign.save_revision().publish()
    link = soup(client.get("/hu/kampanyok/kasad/")).select_one(".activity .calendar-link a")
    block_id = campaign.activities[0].id
    assert link["href"] == f"/hu/kampanyok/kasad/calendar/{block_id}/"
    assert link.has_attr("download")


def test_campaign_page_shows_phases_residency_figures_with_sources_and_training(
    client, campaign_index, training_index
):
    training = TrainingPageFactory(parent=training_index, title="Constanța training", slug="constanta")
    authority = PartnerOrganisationFactory(name="Municipality of Constanța", country="RO")
    partner = PartnerOrganisationFactory(name="Novapolis Association", country="RO")
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title="Migration stories",
        slug="migration-stories",
        country="RO",
        town="Constanța",
        training=training,
        preparation=[("paragraph", "<p>Partners chose the places to visit.</p>")],
        evaluation=[("step", {"title": "Debate", "text": "<p>On the role of local authorities.</p>"})],
        activities=[
            (
                "residency",
                {
                    "title": "Artist residencies",
                    "start_date": datetime.date(2021, 7, 1),
                    "start_precision": "month",
                    "end_date": datetime.date(2021, 8, 31),
                    "end_precision": "month",
                    "place": "Constanța",
                    "artists": [{"role": "Artist in residence", "discipline": ""}],
                    "disciplines": "",
                    "concept": "",
                    "timeline": [],
                },
            )
        ],
        audience=[
            (
                "figure",
                {
                    "measure": "participants",
                    "number": 100,
                    "at_least": True,
                    "label": "residents",
                    "source": "Organisers' count",
                },
            )
        ],
    )
    campaign.local_authority = authority
    campaign.partners = [partner]
    campaign.save_revision().publish()
    response = client.get("/en/campaigns/migration-stories/")
    assert response.status_code == 200
    page = soup(response)
    phases = page.select_one(".phases").get_text(" ")
    assert "Preparation" in phases and "Partners chose the places to visit." in phases
    assert "Evaluation" in phases and "Debate" in phases
    assert "Implementation" not in phases  # an empty phase is left out
    residency = page.select_one(".activity--residency").get_text(" ")
    assert "July\u2009–\u2009August 2021" in residency and "Artist in residence" in residency
    figure = page.select_one(".figure-stat").get_text(" ")
    assert "100+" in figure and "Source: Organisers' count" in figure
    assert page.find("a", string="Constanța training")["href"] == "/en/trainings/constanta/"
    facts = " ".join(page.select_one(".facts").get_text(" ").split())
    assert "Local authority Municipality of Constanța" in facts and "Partners Novapolis Association" in facts


def test_gallery_links_each_image_to_its_large_rendition_with_caption_and_credit(client, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, title="Kásád", slug="kasad", title_hu="Kásád")
    image = wagtail_factories.ImageFactory(
        title="Painting", description="Children painting a wall", credit="CLARINET"
    )
    CampaignGalleryImage.objects.create(
        page=campaign, image=image, caption="The co-creative painting", caption_hu="A közös festés"
    )
    campaign.save_revision().publish()
    response = client.get("/en/campaigns/kasad/")
    item = soup(response).select_one(".gallery__item")
    link = item.select_one("a.gallery__link")
    assert link["href"] == image.get_rendition("max-1600x1200|format-jpeg").url
    assert item.select_one("img")["alt"] == "Children painting a wall"
    assert (
        "The co-creative painting" in item.figcaption.get_text()
        and "© CLARINET" in item.figcaption.get_text()
    )
    hungarian = soup(client.get("/hu/kampanyok/kasad/")).select_one(".gallery__caption").get_text()
    assert "A közös festés" in hungarian


def test_video_loads_only_on_request(client, campaign_index):
    CampaignPageFactory(
        parent=campaign_index,
        title="Kásád",
        slug="kasad",
        video=[
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=abc123",
                    "title": "Interview film",
                    "transcript": "",
                },
            )
        ],
    )
    page = soup(client.get("/en/campaigns/kasad/"))
    assert page.find("iframe") is None
    assert page.select_one(".video button[data-video-load]") is not None


def test_unknown_activity_calendar_is_a_404(client, campaign_index):
    CampaignPageFactory(parent=campaign_index, slug="kasad")
    assert client.get("/en/campaigns/kasad/calendar/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get("/en/campaigns/kasad/calendar/not-a-block/").status_code == 404


def test_training_index_separates_upcoming_from_past(client, training_index):
    today = timezone.localdate()
    TrainingPageFactory(
        parent=training_index,
        title="Next training",
        start_date=today + datetime.timedelta(days=30),
        end_date=None,
    )
    TrainingPageFactory(
        parent=training_index,
        title="Running training",
        start_date=today - datetime.timedelta(days=2),
        end_date=today + datetime.timedelta(days=2),
    )
    TrainingPageFactory(parent=training_index, title="Old training", start_date=datetime.date(2021, 1, 11))
    page = soup(client.get("/en/trainings/"))
    upcoming = [
        a.get_text() for a in page.select_one('[aria-labelledby="upcoming-heading"]').select(".card__title a")
    ]
    past = [
        a.get_text() for a in page.select_one('[aria-labelledby="past-heading"]').select(".card__title a")
    ]
    assert upcoming == ["Running training", "Next training"]
    assert past == ["Old training"]

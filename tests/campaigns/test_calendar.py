"""Calendar files of trainings and campaign activities, read back with the icalendar parser."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from clarinet_site.languages import DatePrecision

from .factories import CampaignPageFactory, TrainingPageFactory, event

pytestmark = pytest.mark.django_db


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    return Calendar.from_ical(response.content)


def test_training_file_is_an_all_day_event_with_exclusive_end(client, training_index):
    TrainingPageFactory(
        parent=training_index,
        title="Constanța training",
        slug="constanta",
        title_hu="Konstancai képzés",
        slug_hu="konstanca",
        start_date=datetime.date(2020, 12, 1),
        start_precision=DatePrecision.MONTH,
        end_date=datetime.date(2021, 2, 12),
        venue="Constanța",
    )
    calendar = parse(client.get("/en/trainings/constanta/calendar/"))
    assert calendar["VERSION"] == "2.0"
    [training] = calendar.walk("VEVENT")
    assert str(training["SUMMARY"]) == "Constanța training"
    assert training["SUMMARY"].params["LANGUAGE"] == "en"
    assert training.decoded("DTSTART") == datetime.date(2020, 12, 1)
    assert training.decoded("DTEND") == datetime.date(2021, 2, 13)  # RFC 5545: the end date is exclusive
    assert str(training["LOCATION"]) == "Constanța"
    assert str(training["URL"]) == "http://testserver/en/trainings/constanta/"
    # the unknown start day is not made up in the text: the dates read as they are known
    assert str(training["DESCRIPTION"]).startswith("December 2020\u2009–\u200912 February 2021")

    hungarian = parse(client.get("/hu/kepzesek/konstanca/calendar/")).walk("VEVENT")[0]
    assert str(hungarian["SUMMARY"]) == "Konstancai képzés"
    assert hungarian["SUMMARY"].params["LANGUAGE"] == "hu"
    # Bulgarian has no translation: the English text is labelled as English
    bulgarian = parse(client.get("/bg/trainings/constanta/calendar/")).walk("VEVENT")[0]
    assert bulgarian["SUMMARY"].params["LANGUAGE"] == "en"


def test_timed_activity_is_in_the_time_zone_of_its_place(client, campaign_index):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        slug="kasad",
        country="HU",
        town="Kásád",
        activities=[
            event(
                "Solidarity day",
                datetime.date(2021, 10, 2),
                "Kásád",
                start_time=datetime.time(15, 0),
                end_time=datetime.time(19, 30),
            )
        ],
    )
    block_id = campaign.activities[0].id
    calendar = parse(client.get(f"/en/campaigns/kasad/calendar/{block_id}/"))
    [activity] = calendar.walk("VEVENT")
    start, end = activity.decoded("DTSTART"), activity.decoded("DTEND")
    assert activity["DTSTART"].params["TZID"] == "Europe/Budapest"
    assert (start.hour, start.minute, end.hour, end.minute) == (15, 0, 19, 30)
    assert start.utcoffset() == datetime.timedelta(hours=2)  # summer time in Budapest on 2 October
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Budapest"]
    assert str(activity["SUMMARY"]) == "Solidarity day (Kásád)"
    assert str(activity["UID"]) == f"campaign-activity-{block_id}@testserver"


def test_activity_without_time_lasts_whole_days(client, campaign_index):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        slug="kasad",
        activities=[
            event(
                "Interview film shooting",
                datetime.date(2021, 10, 2),
                "Kásád",
                end_date=datetime.date(2021, 10, 3),
                description="<p>Local people <b>talk</b> about migration.</p>",
            )
        ],
    )
    block_id = campaign.activities[0].id
    [activity] = parse(client.get(f"/en/campaigns/kasad/calendar/{block_id}/")).walk("VEVENT")
    assert activity.decoded("DTSTART") == datetime.date(2021, 10, 2)
    assert activity.decoded("DTEND") == datetime.date(2021, 10, 4)
    description = str(activity["DESCRIPTION"]).split("\n\n")
    assert description[:2] == ["2–3 October 2021", "Local people talk about migration."]


def test_index_feeds_list_only_upcoming_dates(client, training_index, campaign_index):
    today = timezone.localdate()
    soon, later = today + datetime.timedelta(days=10), today + datetime.timedelta(days=40)
    TrainingPageFactory(parent=training_index, title="Next training", start_date=soon, end_date=None)
    TrainingPageFactory(parent=training_index, title="Old training", start_date=datetime.date(2021, 1, 11))
    CampaignPageFactory(
        parent=campaign_index,
        title="Next campaign",
        start_date=today - datetime.timedelta(days=5),
        end_date=later,
        activities=[
            event("Already held", today - datetime.timedelta(days=5), "Kásád"),
            event("Public event", later, "Kásád"),
        ],
    )
    CampaignPageFactory(
        parent=campaign_index,
        title="Old campaign",
        activities=[event("Solidarity day", datetime.date(2021, 10, 2), "Kásád")],
    )
    trainings = parse(client.get("/en/trainings/calendar/"))
    assert [str(e["SUMMARY"]) for e in trainings.walk("VEVENT")] == ["Next training"]
    assert trainings["X-WR-CALNAME"] == "Trainings – CLARINET"
    activities = parse(client.get("/en/campaigns/calendar/"))
    assert [str(e["SUMMARY"]) for e in activities.walk("VEVENT")] == ["Public event (Kásád)"]

"""NewsPage rules: where it may be created, event validation, upcoming and past."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from clarinet_site.models import HomePage
from news.models import DownloadsPage, NewsIndexPage, NewsPage
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2021, 10, 2)


def test_news_pages_live_only_under_the_news_index(news_index, home):
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home)
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert HomePage in NewsIndexPage.allowed_parent_page_models()
    assert DownloadsPage.allowed_subpage_models() == []


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"event_end": datetime.date(2021, 10, 3)}, "event_start"),
        ({"event_place": "Kásád"}, "event_start"),
        ({"event_start": datetime.date(2021, 10, 3), "event_end": datetime.date(2021, 10, 1)}, "event_end"),
    ],
)
def test_incomplete_or_backwards_event_details_are_refused(news_index, fields, error_field):
    page = NewsPage(title="Solidarity day", slug="solidarity-day", **fields)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert error_field in error.value.message_dict


@pytest.mark.parametrize(
    ("start", "end", "upcoming"),
    [
        (datetime.date(2021, 10, 2), None, True),  # a one-day event is upcoming on its day
        (datetime.date(2021, 10, 1), None, False),
        (datetime.date(2021, 10, 1), datetime.date(2021, 10, 3), True),  # still running
        (datetime.date(2021, 9, 1), datetime.date(2021, 10, 1), False),
        (None, None, False),  # plain news is never an event
    ],
)
def test_upcoming_until_the_last_day_has_passed(news_index, start, end, upcoming):
    page = NewsPageFactory(parent=news_index, event_start=start, event_end=end)
    assert page.is_upcoming(TODAY) is upcoming
    in_query = NewsPage.objects.upcoming_events(TODAY).filter(pk=page.pk).exists()
    assert in_query is upcoming
    assert NewsPage.objects.not_upcoming(TODAY).filter(pk=page.pk).exists() is not upcoming


def test_the_related_page_must_be_a_training_or_a_campaign(home, news_index):
    from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
    from tests.factories import StandardPageFactory

    about = StandardPageFactory(parent=home, title="About")
    page = NewsPage(title="Solidarity day", slug="solidarity-day", related_page=about)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "related_page" in error.value.message_dict
    page.related_page = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home), title="Kásád")
    page.clean()

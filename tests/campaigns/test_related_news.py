"""Campaign and training pages list the news written about them."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_home):
    """The whole demo content, loaded once for this module (see tests/conftest.py)."""
    return demo_home


def related_titles(response) -> list[str]:
    section = BeautifulSoup(response.content, "html.parser").find(
        attrs={"aria-labelledby": "related-news-heading"}
    )
    return [a.get_text(strip=True) for a in section.select("li a")] if section else []


def test_campaign_page_lists_news_about_it(client, demo):
    from campaigns.models import CampaignPage
    from news.models import NewsPage

    kasad = CampaignPage.objects.get(slug_en="kasad")
    about = NewsPage.objects.live().filter(related_page=kasad)
    assert about.exists()
    titles = related_titles(client.get(kasad.localized_url("en")))
    assert titles == [news.title for news in about.order_by("-date", "-pk")]


def test_training_page_lists_news_about_it(client, demo):
    from campaigns.models import TrainingPage
    from news.models import NewsPage

    training = TrainingPage.objects.live().first()
    about = list(NewsPage.objects.live().filter(related_page=training))
    titles = related_titles(client.get(training.localized_url("en")))
    assert titles == [news.title for news in about]
    assert titles, "the demo has news about the Constanța training"

"""What "available in a language" means, and what each language then shows (issue "Every language shows its
own content", items 1 to 3 and 7): listings, feeds, sitemap, hreflang, switcher, the "not available" page,
the fallback notice and the time-aware panels."""

import datetime
from urllib.parse import unquote

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from clarinet_site.models.base import Availability
from clarinet_site.queries import listed_in
from news.models import NewsPage
from tests.factories import StandardPageFactory
from tests.helpers import count_queries
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

PARAGRAPH = [("paragraph", "<p>The day celebrated the identities of the area.</p>")]
HU_PARAGRAPH = [("paragraph", "<p>A nap a térség identitásait ünnepelte.</p>")]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, title_hu="Hírek", slug_hu="hirek", title_el="Νέα", slug_el="nea")


@pytest.fixture
def english_news(news_index):
    return NewsPageFactory(parent=news_index, title="Results seminar in Procida", slug="seminar", body=PARAGRAPH)


@pytest.fixture
def hungarian_only_news(news_index):
    """A news item written in Hungarian only, its title copied into English as the admin forced until now."""
    return NewsPageFactory(
        parent=news_index,
        title="Szolidaritási nap Kásádon",
        slug="szolidaritasi-nap",
        intro="",
        title_hu="Szolidaritási nap Kásádon",
        slug_hu="szolidaritasi-nap",
        intro_hu="Több mint száz lakos töltötte együtt a napot.",
        body_hu=HU_PARAGRAPH,
        date=datetime.date(2021, 10, 3),
    )


def test_availability_needs_every_essential_field_in_the_language(english_news, hungarian_only_news):
    assert english_news.available_languages() == ["en"]
    assert hungarian_only_news.available_languages() == ["hu"]
    assert hungarian_only_news.availability("en") == Availability.ABSENT  # a copied title is not a page
    assert english_news.availability("hu") == Availability.ABSENT
    english_news.title_hu = "Eredményismertető szeminárium Procidában"
    english_news.intro_hu = "Eredmények."
    assert english_news.availability("hu") == Availability.PARTIAL  # the body falls back to English
    english_news.body_hu = HU_PARAGRAPH
    assert english_news.availability("hu") == Availability.AVAILABLE


def test_sql_and_python_agree_on_what_each_language_lists(english_news, hungarian_only_news):
    english_news.show_in_all_languages = True
    english_news.save()
    for code in ("en", "hu", "el"):
        listed = set(listed_in(NewsPage.objects.all(), code))
        assert listed == {page for page in NewsPage.objects.all() if page.is_listed_in(code)}
    assert set(listed_in(NewsPage.objects.all(), "hu")) == {english_news, hungarian_only_news}
    assert set(listed_in(NewsPage.objects.all(), "el")) == {english_news}


def test_listings_and_feeds_show_only_what_exists_in_the_language(client, english_news, hungarian_only_news):
    english_titles = [h.get_text(strip=True) for h in soup(client.get("/en/news/")).select(".news-card__title")]
    assert english_titles == ["Results seminar in Procida"]
    hungarian_titles = [h.get_text(strip=True) for h in soup(client.get("/hu/hirek/")).select(".news-card__title")]
    assert hungarian_titles == ["Szolidaritási nap Kásádon"]
    assert [h.get_text(strip=True) for h in soup(client.get("/en/")).select(".news-card__title")] == [
        "Results seminar in Procida"
    ]
    assert soup(client.get("/el/")).select(".news-card") == []
    feed = feedparser.parse(client.get("/en/feeds/news.rss").content)
    assert [entry.title for entry in feed.entries] == ["Results seminar in Procida"]
    hungarian_feed = feedparser.parse(client.get("/hu/feeds/news.rss").content)
    assert [entry.title for entry in hungarian_feed.entries] == ["Szolidaritási nap Kásádon"]


def test_page_for_every_language_is_listed_everywhere_labelled_and_marked_english(client, english_news):
    english_news.show_in_all_languages = True
    english_news.save_revision().publish()
    card = soup(client.get("/el/nea/")).select_one(".news-card")
    assert card.select_one(".news-card__title")["lang"] == "en"
    assert card.select_one(".label--language").get_text(strip=True) == "Στα αγγλικά"
    page = soup(client.get("/el/nea/seminar/"))
    assert page.html["lang"] == "el"
    assert page.select_one("h1")["lang"] == "en"
    assert "στα αγγλικά για όλες τις γλώσσες" in page.select_one(".notice").get_text()
    feed = feedparser.parse(client.get("/el/feeds/news.rss").content)
    assert feed.entries[0].summary.startswith("(Στα αγγλικά)")


def test_page_asked_for_in_a_language_it_is_not_in_says_where_it_is(client, hungarian_only_news):
    response = client.get("/en/news/szolidaritasi-nap/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("link", rel="canonical") is None
    # A description in the visitor's language says where the page is (a search result without one is blank).
    assert page.find("meta", attrs={"name": "description"})["content"] == (
        "This page is not available in this language. It is available in this language: Magyar"
    )
    assert page.h1.get_text(strip=True) == "This page is not available in this language"
    [link] = page.select(".not-available__languages a")
    assert unquote(link["href"]) == "/hu/hirek/szolidaritasi-nap/"
    assert link.parent["lang"] == "hu"
    assert "Szolidaritási nap Kásádon" in link.get_text()
    assert "Több mint száz" not in page.get_text()  # no Hungarian text presented as English
    greek = soup(client.get("/el/nea/szolidaritasi-nap/"))
    assert greek.h1.get_text(strip=True) == "Αυτή η σελίδα δεν είναι διαθέσιμη σε αυτή τη γλώσσα"
    assert greek.select_one(".breadcrumbs [aria-current]").get_text() == "Η σελίδα δεν είναι διαθέσιμη"


def test_switcher_sitemap_and_hreflang_follow_availability(client, english_news, hungarian_only_news):
    page = soup(client.get("/hu/hirek/szolidaritasi-nap/"))
    switcher = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert client.get(switcher["en"]).status_code == 200  # the "not available" page, never a 404
    alternates = {link["hreflang"] for link in page.find_all("link", rel="alternate") if link.get("hreflang")}
    assert alternates == {"hu", "x-default"}
    sitemap = unquote(client.get("/sitemap.xml").content.decode())
    assert "/hu/hirek/szolidaritasi-nap/</loc>" in sitemap
    assert "/en/news/szolidaritasi-nap/</loc>" not in sitemap
    assert "/hu/hirek/seminar/</loc>" not in sitemap
    assert "/en/news/seminar/</loc>" in sitemap


@pytest.fixture
def written_only_in_hungarian(news_index):
    """A news item as a Hungarian partner editor creates it: every text field in Hungarian, nothing else."""
    with translation.override("hu"):
        page = NewsPageFactory(
            parent=news_index,
            title="Piaci nap Pécsen",
            slug="piaci-nap-pécsen",
            intro="Helyi termelők és új lakosok a vásárcsarnokban.",
            body=HU_PARAGRAPH,
        )
    assert not page.title_en and not page.slug_en
    return page


def test_language_switcher_of_a_page_in_one_language_never_leads_to_a_404(client, written_only_in_hungarian):
    hungarian = client.get("/hu/hirek/piaci-nap-pécsen/")
    assert hungarian.status_code == 200
    page = soup(hungarian)
    assert page.h1.get_text(strip=True) == "Piaci nap Pécsen"
    switcher = {a["hreflang"]: unquote(a["href"]) for a in page.select(".language-switcher a")}
    assert len(switcher) == 8
    assert switcher["en"] == "/en/news/piaci-nap-pécsen/"  # the Hungarian slug: there is no other
    assert switcher["el"] == "/el/nea/piaci-nap-pécsen/"
    alternates = [link["href"] for link in page.find_all("link", rel="alternate") if link.get("hreflang")]
    for url in [*switcher.values(), *alternates]:
        response = client.get(url)
        assert response.status_code == 200, url
        code = url.split("/")[3] if url.startswith("http") else url.split("/")[1]
        shown = soup(response)
        assert shown.html["lang"] == code
        if code == "hu":
            assert shown.h1.get_text(strip=True) == "Piaci nap Pécsen"
            continue
        with translation.override(code):
            assert shown.h1.get_text(strip=True) == gettext("This page is not available in this language")
        assert shown.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        [link] = shown.select(".not-available__languages a")
        assert unquote(link["href"]) == "/hu/hirek/piaci-nap-pécsen/"


def test_partial_translation_is_announced_once_and_marked(client, home):
    StandardPageFactory(
        parent=home,
        title="About",
        slug="about",
        intro="Why the project was needed.",
        body=PARAGRAPH,
        title_hu="A projektről",
        slug_hu="a-projektrol",
        intro_hu="Miért volt szükség a projektre.",
    )
    page = soup(client.get("/hu/a-projektrol/"))
    notices = page.select(".notice")
    assert len(notices) == 1
    assert notices[0].get_text(strip=True) == (
        "Az oldal egyes részei még nincsenek lefordítva az Ön nyelvére; ezek angolul jelennek meg."
    )
    assert page.select_one(".stream")["lang"] == "en"
    assert page.h1.get("lang") is None
    assert page.find("link", rel="canonical")["href"].endswith("/en/about/")
    # notice before the content it is about
    assert str(page.main).index("notice") < str(page.main).index("stream")
    complete = soup(client.get("/en/about/"))
    assert complete.select(".notice") == []


def test_listing_queries_stay_constant_with_availability_filter(client, news_index):
    NewsPageFactory(parent=news_index, title="First", body=PARAGRAPH)
    client.get("/hu/hirek/")
    client.get("/hu/hirek/")  # the second view finds every cache filled
    few, _response = count_queries(client, "/hu/hirek/")
    with translation.override("en"):  # the test client left Hungarian active
        for n in range(6):
            NewsPageFactory(
                parent=news_index, title=f"More {n}", title_hu=f"Több {n}", intro_hu="Rövid.", body=PARAGRAPH
            )
    client.get("/hu/hirek/")
    client.get("/hu/hirek/")
    many, response = count_queries(client, "/hu/hirek/")
    assert few == many
    assert len(soup(response).select(".news-card")) == 0  # bodies are English only: not listed in Hungarian


def test_empty_upcoming_calendar_is_still_a_valid_icalendar(client, home):
    from tests.campaigns.factories import TrainingIndexPageFactory, TrainingPageFactory

    index = TrainingIndexPageFactory(parent=home)
    TrainingPageFactory(parent=index, title="Old training", start_date=datetime.date(2021, 1, 11))
    page = soup(client.get("/en/trainings/"))
    assert page.find(id="upcoming-heading") is None
    assert page.find("link", type="text/calendar") is None
    assert page.select(".filters") == []  # one training: nothing to filter
    calendar = Calendar.from_ical(client.get("/en/trainings/calendar/").content)
    assert calendar.walk("VEVENT") == []
    assert calendar.walk("VTIMEZONE")  # RFC 5545 needs at least one component
    training = soup(client.get("/en/trainings/old-training/"))
    assert training.select(".calendar-link") == []  # a past training is not added to a calendar


@pytest.mark.parametrize("section", ["news", "campaigns", "trainings", "good practices"])
def test_a_listing_with_nothing_in_the_language_says_so_and_offers_english(home, client, section):
    """A Bulgarian visitor to a section whose entries exist only in English reads that nothing is published
    in Bulgarian yet (not that filters hide them) and gets the English version of the page."""
    from tests.campaigns.factories import (
        CampaignIndexPageFactory,
        CampaignPageFactory,
        TrainingIndexPageFactory,
        TrainingPageFactory,
    )
    from tests.toolkit.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory

    factories = {
        "news": (NewsIndexPageFactory, NewsPageFactory, {"body": PARAGRAPH}),
        "campaigns": (CampaignIndexPageFactory, CampaignPageFactory, {"body": PARAGRAPH}),
        "trainings": (TrainingIndexPageFactory, TrainingPageFactory, {"body": PARAGRAPH}),
        "good practices": (GoodPracticeIndexPageFactory, GoodPracticePageFactory, {}),
    }
    index_factory, entry_factory, fields = factories[section]
    index = index_factory(
        parent=home, intro="Introduction.", title_bg="Раздел", slug_bg="razdel", intro_bg="Въведение."
    )
    entry = entry_factory(parent=index, intro="Only in English.", **fields)
    english_url = index.localized_url("en")

    page = soup(client.get(index.localized_url("bg")))
    notice = page.find(string=lambda text: text and "Тук все още няма нищо публикувано на този език." in text)
    assert notice is not None
    link = page.find("a", string="Вижте тази страница на английски")
    assert link["href"] == english_url and link["hreflang"] == "en"
    assert "филтр" not in notice.parent.get_text()

    english = soup(client.get(english_url))
    assert english.find("a", string="See this page in English") is None
    assert entry.title in english.get_text()

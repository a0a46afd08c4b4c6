"""RSS 2.0 and Atom feeds of the news: valid XML in every language, whatever an editor pastes."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from defusedxml.ElementTree import fromstring as defused_fromstring
from wagtail.models import Site

from clarinet_site.models import SiteSettings
from news.feeds import xml_safe
from tests.factories import ThemeFactory
from tests.helpers import count_queries
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
NASTY_TITLE = "Bell\x07 and\x02 escape\x1b; emoji 🎨🤝, Ελληνικά, Кирилица, Hungarian őű ŐŰ & <tags>"


@pytest.fixture
def news(news_index):
    theme = ThemeFactory(name="Storytelling\x0b", slug="storytelling", name_hu="Történetmesélés")
    NewsPageFactory(
        parent=news_index,
        title=NASTY_TITLE,
        slug="nasty",
        intro="Intro with a form feed\x0c and a vertical tab\x0b: ő ű Ω Ж \ufffe",
        date=datetime.date(2021, 10, 2),
        event_start=datetime.date(2021, 10, 2),
        event_place="Kásád\x01",
        themes=[theme],
        show_in_all_languages=True,  # listed in every language's feed, in English
    )
    NewsPageFactory(
        parent=news_index,
        title="Solidarity day in Kásád",
        title_hu="Szolidaritási nap Kásádon",
        slug="solidarity-day",
        slug_hu="szolidaritasi-nap",
        intro_hu="Több mint száz lakos töltötte együtt a napot.",
        date=datetime.date(2021, 9, 10),
    )


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize(("kind", "version"), [("rss", "rss20"), ("atom", "atom10")])
def test_feeds_parse_in_every_language(client, news, code, kind, version):
    response = client.get(f"/{code}/feeds/news.{kind}")
    assert response.status_code == 200
    assert response["Content-Type"] == f"application/{kind}+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.language == code
    # the solidarity day exists in English and Hungarian only
    assert len(feed.entries) == (2 if code in ("en", "hu") else 1)
    first = feed.entries[0]
    assert first.title == "Bell and escape; emoji 🎨🤝, Ελληνικά, Кирилица, Hungarian őű ŐŰ & <tags>"
    assert "Kásád" in first.summary and "ő ű Ω Ж" in first.summary
    assert first.tags[0].term in {"Storytelling", "Történetmesélés"}
    index_slug = "hirek" if code == "hu" else "news"
    assert first.link == f"http://testserver/{code}/{index_slug}/nasty/"


def test_hungarian_feed_uses_hungarian_titles_and_urls(client, news):
    feed = feedparser.parse(client.get("/hu/feeds/news.rss").content)
    second = feed.entries[1]
    assert second.title == "Szolidaritási nap Kásádon"
    assert second.link == "http://testserver/hu/hirek/szolidaritasi-nap/"
    assert feed.entries[0].tags[0].term == "Történetmesélés"
    assert feed.feed.link == "http://testserver/hu/hirek/"


def test_pages_link_to_the_feeds_of_their_language(client, news):
    page = BeautifulSoup(client.get("/hu/hirek/").content, "html.parser")
    alternates = {link["type"]: link["href"] for link in page.select("head link[rel=alternate][type]")}
    assert alternates["application/rss+xml"] == "/hu/feeds/news.rss"
    assert alternates["application/atom+xml"] == "/hu/feeds/news.atom"
    assert page.select_one(".feed-links a[href='/hu/feeds/news.rss']")


def test_no_news_index_gives_404(client, home):
    assert client.get("/en/feeds/news.rss").status_code == 404


def test_xml_safe_keeps_tab_newline_and_every_script():
    assert xml_safe("a\tb\nc\rd\x00\x08\x1f\ufffe\uffff ő Ω Ж 🎨") == "a\tb\nc\rd ő Ω Ж 🎨"
    assert xml_safe(None) == ""


def test_feed_queries_do_not_grow_with_the_number_of_news(client, news_index):
    theme = ThemeFactory(slug="art", name="Art")
    NewsPageFactory(parent=news_index, themes=[theme])
    client.get("/en/feeds/news.rss")
    few, _response = count_queries(client, "/en/feeds/news.rss")
    for _n in range(15):
        NewsPageFactory(parent=news_index, themes=[theme])
    client.get("/en/feeds/news.rss")
    many, response = count_queries(client, "/en/feeds/news.rss")
    assert len(feedparser.parse(response.content).entries) == 16
    assert few == many


@pytest.mark.parametrize("code", ["en", "hu"])
def test_atom_feed_names_the_project_as_its_author(client, news, code):
    """RFC 4287 §4.1.1: an atom:feed has an atom:author unless every entry has one."""
    settings = SiteSettings.for_site(Site.objects.get())
    settings.project_name = "CLARINET project"
    settings.save()
    content = client.get(f"/{code}/feeds/news.atom").content
    feed = feedparser.parse(content)
    assert not feed.bozo
    assert feed.feed.author_detail.name == "CLARINET project"
    assert feed.feed.author_detail.href == f"http://testserver/{code}/"
    # the author is the feed's own child, so it covers every entry
    root = defused_fromstring(content)
    assert root.find("{http://www.w3.org/2005/Atom}author/{http://www.w3.org/2005/Atom}name").text == (
        "CLARINET project"
    )

"""Absolute URLs follow the configured site address (SITE_URL), not the Site record or the request's host."""

import re

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from icalendar import Calendar

from campaigns.models import TrainingPage

SITE_URL = "https://clarinet.example.org"
LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def absolute_links(html: bytes) -> list[str]:
    """Return the canonical, hreflang and og:url/og:image addresses of a page's head."""
    head = BeautifulSoup(html, "html.parser").head
    links = [link["href"] for link in head.find_all("link", rel=["canonical", "alternate"]) if link.get("hreflang") or "canonical" in link["rel"]]
    links += [meta["content"] for meta in head.find_all("meta", property=["og:url", "og:image"])]
    return links


@pytest.mark.django_db
@override_settings(SITE_URL=SITE_URL)
@pytest.mark.parametrize("code", LANGUAGES)
def test_page_head_links_use_the_site_url(client, demo_home, code):
    response = client.get(f"/{code}/", HTTP_HOST="127.0.0.1:8123")
    links = absolute_links(response.content)
    assert len(links) >= 3, links  # canonical, og:url and at least one hreflang alternate
    assert all(link.startswith(f"{SITE_URL}/") for link in links), links
    assert f"{SITE_URL}/{code}/" in links


@pytest.mark.django_db
@override_settings(SITE_URL=SITE_URL)
def test_sitemap_robots_feeds_and_calendar_use_the_site_url(client, demo_home):
    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8123").content.decode()
    locations = re.findall(r'(?:<loc>|href=")([^<"]+)', sitemap)
    assert len(locations) > 20
    assert all(location.startswith(f"{SITE_URL}/") for location in locations), locations[:5]

    robots = client.get("/robots.txt", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert f"Sitemap: {SITE_URL}/sitemap.xml" in robots

    for kind in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"/hu/feeds/news.{kind}", HTTP_HOST="127.0.0.1:8123").content)
        assert feed.feed.link.startswith(f"{SITE_URL}/hu/")
        assert feed.entries and all(entry.link.startswith(f"{SITE_URL}/hu/") for entry in feed.entries)
    atom = client.get("/hu/feeds/news.atom", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert f'href="{SITE_URL}/hu/feeds/news.atom"' in atom  # the feed's self link

    training = TrainingPage.objects.live().first()
    response = client.get(f"{training.get_url()}calendar/")
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["URL"]) == f"{SITE_URL}{training.get_url()}"
    assert str(event["UID"]).endswith("@clarinet.example.org")


@pytest.mark.django_db
def test_without_site_url_the_site_record_decides(client, demo_home):
    """The test settings leave SITE_URL empty: Wagtail's Site record (testserver, port 80) gives the origin."""
    links = absolute_links(client.get("/en/").content)
    assert links and all(link.startswith("http://testserver/") for link in links), links
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots

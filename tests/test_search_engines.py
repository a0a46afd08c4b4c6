"""What search engines read: title, description, canonical, hreflang, sitemap.xml and robots.txt."""

from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree as ET

from clarinet_site.languages import language_codes
from clarinet_site.models import StandardPage

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_page_head_has_title_description_canonical_and_alternates(client, demo_home):
    html = BeautifulSoup(client.get("/hu/a-projektrol/").content, "html.parser")
    assert html.title.get_text() == "A projektről | CLARINET"
    assert html.find("meta", attrs={"name": "description"})["content"].startswith("Miért vállalta")
    assert html.find("link", rel="canonical")["href"] == "http://testserver/hu/a-projektrol/"
    alternates = {link["hreflang"]: unquote(link["href"]) for link in html.find_all("link", rel="alternate")}
    assert alternates["el"] == "http://testserver/el/σχετικά-με-το-έργο/"
    assert alternates["x-default"] == "http://testserver/en/about/"
    # only the languages the page is available in (title, intro and body in that language)
    about = StandardPage.objects.get(slug_en="about")
    assert set(alternates) == {*about.available_languages(), "x-default"}
    assert {"en", "el", "hu"} <= set(alternates)


def test_alternates_list_only_translated_languages(client, demo_home):
    html = BeautifulSoup(client.get("/el/").content, "html.parser")
    assert html.find("meta", property="og:image") is not None
    privacy = BeautifulSoup(client.get("/en/privacy/").content, "html.parser")
    hreflangs = {link["hreflang"] for link in privacy.find_all("link", rel="alternate")}
    page = StandardPage.objects.get(slug_en="privacy")
    assert hreflangs == {*page.available_languages(), "x-default"}
    missing = set(language_codes()) - set(page.available_languages())
    assert all(code not in hreflangs for code in missing)


def test_sitemap_lists_every_page_in_every_translated_language(client, demo_home):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    locations = [unquote(loc.text) for loc in tree.findall("s:url/s:loc", NS)]
    assert "http://testserver/en/about/" in locations
    assert "http://testserver/el/σχετικά-με-το-έργο/" in locations
    assert "http://testserver/hu/" in locations
    assert len(locations) == len(set(locations))
    page = StandardPage.objects.get(slug_en="about")
    for code in language_codes():  # listed exactly in the languages it is available in
        url = unquote(page.localized_url(code, full=True))
        assert (url in locations) == (code in page.available_languages()), url
    about = next(
        url for url in tree.findall("s:url", NS) if unquote(url.find("s:loc", NS).text).endswith("/en/about/")
    )
    alternates = {link.get("hreflang") for link in about.findall("x:link", NS)}
    assert alternates == {*page.available_languages(), "x-default"}


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client, demo_home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body

"""The multilingual rules of the design: prefixes, translated slugs, fallbacks, switcher, canonical, hreflang."""

from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(response) -> dict[str, str]:
    nav = soup(response).select_one("nav.language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.select("a[hreflang]")}


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_in_every_language_has_its_lang(client, home, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == code


def test_root_redirects_to_best_language(client, home):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="hu-HU,hu;q=0.9,en;q=0.5")["Location"] == "/hu/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="el")["Location"] == "/el/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,ja")["Location"] == "/en/"
    assert client.get("/")["Location"] == "/en/"


def test_switcher_follows_translated_slug(client, home):
    campaigns = StandardPageFactory(parent=home, title="Campaigns", slug="campaigns", slug_hu="kampanyok")
    StandardPageFactory(
        parent=campaigns,
        title="Art residency",
        slug="art-residency",
        title_hu="Művészeti rezidencia",
        slug_hu="muveszeti-rezidencia",
    )
    response = client.get("/en/campaigns/art-residency/")
    assert response.status_code == 200
    links = switcher_links(response)
    assert links["hu"] == "/hu/kampanyok/muveszeti-rezidencia/"
    assert client.get(links["hu"]).status_code == 200
    # the English slug under /hu/ is not a page of this site
    assert client.get("/hu/kampanyok/art-residency/").status_code == 404


def test_empty_body_falls_back_to_english_blocks(client, home):
    StandardPageFactory(
        parent=home,
        title="About",
        slug="about",
        title_hu="A projektről",
        slug_hu="a-projektrol",
        body=[("paragraph", "<p>Behind every number there is a human face.</p>")],
    )
    response = client.get("/hu/a-projektrol/")
    assert response.status_code == 200
    body = soup(response).select_one(".stream")
    assert "Behind every number there is a human face." in body.get_text()
    assert body["lang"] == "en"  # WCAG 3.1.2: the fallback text is marked as English


@pytest.mark.parametrize(
    ("code", "title", "slug"),
    [("el", "Σχετικά με το έργο", "σχετικά-με-το-έργο"), ("bg", "За проекта", "за-проекта")],
)
def test_greek_and_cyrillic_titles_get_working_urls(client, home, code, title, slug):
    page = StandardPageFactory(parent=home, title="About the project", slug="about")
    setattr(page, f"title_{code}", title)
    setattr(page, f"slug_{code}", slug)
    page.save_revision().publish()
    page.refresh_from_db()
    assert unquote(page.localized_url(code)) == f"/{code}/{slug}/"
    response = client.get(f"/{code}/{slug}/")
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == title
    switcher_url = switcher_links(client.get("/en/about/"))[code]
    assert client.get(switcher_url).status_code == 200
    assert unquote(switcher_url) == f"/{code}/{slug}/"
    sitemap = unquote(client.get("/sitemap.xml").content.decode())
    # the sitemap uses the Wagtail site's own host name
    assert f"<loc>http://testserver/{code}/{slug}/</loc>" in sitemap


def test_partly_translated_page_says_so_and_points_canonical_to_english(client, home):
    StandardPageFactory(
        parent=home, title="Privacy notice", slug="privacy", intro="Who we are.", title_de="Datenschutzerklärung"
    )
    response = client.get("/de/privacy/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "de"
    assert page.select_one(".notice") is not None
    assert page.find("link", rel="canonical")["href"].endswith("/en/privacy/")
    hreflangs = {link["hreflang"] for link in page.find_all("link", rel="alternate")}
    assert hreflangs == {"en", "x-default"}

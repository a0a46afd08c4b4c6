"""Every page's frame: landmarks, skip link, menu, breadcrumbs, footer with the EU funding acknowledgement."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_frame_has_landmarks_and_skip_link(client, demo_home):
    page = soup(client.get("/en/about/"))
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert page.select_one("header.site-header") is not None
    assert page.select_one("main#main") is not None
    assert page.select_one("footer.site-footer") is not None
    labels = {nav.get("aria-label") for nav in page.find_all("nav")}
    assert {"Main menu", "Breadcrumb", "Choose a language"} <= labels
    assert len(page.find_all("h1")) == 1


def test_main_menu_lists_sections_and_marks_the_current_page(client, demo_home):
    page = soup(client.get("/hu/a-projektrol/"))
    links = page.select("#main-menu a")
    titles = [a.get_text(strip=True) for a in links]
    assert titles[:7] == [
        "A projektről",
        "Eszköztár",
        "Jó gyakorlatok",
        "Képzések",
        "Kampányok",
        "Hírek",
        "Letöltések",
    ]
    current = page.select_one('#main-menu a[aria-current="page"]')
    assert current["href"] == "/hu/a-projektrol/"


def test_breadcrumbs_lead_home(client, demo_home):
    page = soup(client.get("/el/σχετικά-με-το-έργο/"))
    crumbs = page.select(".breadcrumbs li")
    assert crumbs[0].a["href"] == "/el/"
    assert crumbs[0].get_text(strip=True) == "Αρχική"
    assert crumbs[-1].get_text(strip=True) == "Σχετικά με το έργο"
    assert crumbs[-1].find(attrs={"aria-current": "page"}) is not None


@pytest.mark.parametrize(
    ("code", "statement"),
    [
        ("en", "Asylum, Migration and Integration Fund"),
        ("hu", "Menekültügyi, Migrációs és Integrációs Alap"),
        ("el", "Ταμείο Ασύλου, Μετανάστευσης και Ένταξης"),
        ("bg", "„Убежище, миграция и интеграция“"),
    ],
)
def test_footer_shows_emblem_funding_statement_and_disclaimer_in_the_language(
    client, demo_home, code, statement
):
    footer = soup(client.get(f"/{code}/")).select_one("footer")
    emblem = footer.select_one("img.eu-funding__emblem")
    assert emblem["src"].endswith("eu-emblem.svg")
    assert (int(emblem["width"]), int(emblem["height"])) == (120, 80)  # the flag's 3:2 proportions
    assert statement in footer.select_one(".eu-funding__statement").get_text()
    assert "821562" in footer.get_text()
    assert footer.select_one(".eu-funding__disclaimer").get_text(strip=True)
    hrefs = [a["href"] for a in footer.select(".footer-links a")]
    assert len(hrefs) == 4  # privacy, accessibility, legal notice, contact


def test_funding_statement_can_be_edited_by_the_coordinator(client, demo_home):
    from wagtail.models import Site

    from clarinet_site.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.funding_statement_de = "Gefördert durch die Europäische Union (AMIF)."
    site_settings.save()
    assert "Gefördert durch die Europäische Union (AMIF)." in client.get("/de/").content.decode()


def test_anonymous_pages_set_no_cookies(client, demo_home):
    for url in ["/en/", "/hu/a-projektrol/", "/el/", "/sitemap.xml"]:
        response = client.get(url)
        assert response.cookies == {}, url


def test_public_pages_send_a_strict_content_security_policy(client, demo_home):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-src https://www.youtube-nocookie.com https://player.vimeo.com" in policy

"""News, events and the downloads library in a real browser, served by gunicorn with production settings."""

import urllib.request
from urllib.parse import quote

import dj_database_url
import feedparser
import psycopg2
import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

# The first view of a listing makes its image renditions (AVIF is slow to encode on a busy machine).
FIRST_VIEW_TIMEOUT_MS = 60_000

PAGES = {
    "en": ["/en/news/", "/en/news/kasad-solidarity-day/", "/en/downloads/"],
    "hu": ["/hu/hirek/", "/hu/hirek/szolidaritasi-nap-kasad/", "/hu/letoltesek/"],
    "el": ["/el/νέα/", "/el/νέα/τελετή-βραβείου-βαρκελώνη/", "/el/λήψεις/"],
}


@pytest.mark.parametrize(("code", "path"), [(code, path) for code, paths in PAGES.items() for path in paths])
def test_news_and_downloads_pages_have_no_axe_violations(server_url, page, code, path):
    response = page.goto(server_url + path, timeout=FIRST_VIEW_TIMEOUT_MS)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == code
    assert axe_violations(page) == []


def test_download_with_a_hungarian_file_name_keeps_its_name(server_url, page, tmp_path):
    page.goto(server_url + "/hu/letoltesek/", timeout=FIRST_VIEW_TIMEOUT_MS)
    link = page.get_by_role("link", name="Beszámoló: szolidaritási nap Kásádon, 2021 ősz")
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "Beszámoló_2021_ősz.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")

    # The header gunicorn sends: an ASCII fallback plus the exact UTF-8 name (RFC 6266 / RFC 5987).
    with urllib.request.urlopen(server_url + link.get_attribute("href")) as response:  # noqa: S310
        disposition = response.headers["Content-Disposition"]
    assert f"filename*=UTF-8''{quote('Beszámoló_2021_ősz.pdf')}" in disposition
    assert 'filename="Beszamolo_2021_osz.pdf"' in disposition


def test_greek_file_name_survives_gunicorn(server_url, page):
    page.goto(server_url + "/el/λήψεις/", timeout=FIRST_VIEW_TIMEOUT_MS)
    href = page.get_by_role("link", name="Έκθεση προόδου του έργου CLARINET").get_attribute("href")
    response = page.request.get(server_url + href)
    assert response.status == 200
    assert f"filename*=UTF-8''{quote('Έκθεση_προόδου.pdf')}" in response.headers["content-disposition"]


def test_filters_work_as_a_plain_form_and_the_private_document_stays_hidden(server_url, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(server_url + "/en/downloads/", timeout=FIRST_VIEW_TIMEOUT_MS)
        assert tab.get_by_text("Partner meeting notes").count() == 0
        tab.get_by_label("Type", exact=True).select_option("report")
        tab.get_by_label("Language", exact=True).select_option("hu")
        tab.get_by_role("button", name="Show").click()
        assert "type=report" in tab.url and "language=hu" in tab.url
        titles = tab.locator(".document-item__title").all_inner_texts()
        assert titles == ["Beszámoló: szolidaritási nap Kásádon, 2021 ősz"]
        assert "Type: Report; Language: Magyar" in tab.locator(".filters__status").inner_text()

        tab.goto(server_url + "/en/news/", timeout=FIRST_VIEW_TIMEOUT_MS)
        tab.get_by_label("Theme", exact=True).select_option("art")
        tab.get_by_role("button", name="Show").click()
        cards = tab.locator(".news-card__title").all_inner_texts()
        assert cards == [
            "Solidarity day in Kásád",
            "Public event in Constanța: “Migration stories: places, people, communities”",
        ]
    finally:
        context.close()


def test_private_document_is_not_served_to_visitors(server_url, server_env, page):
    config = dj_database_url.parse(server_env["DATABASE_URL"])
    connection = psycopg2.connect(
        dbname=config["NAME"], user=config["USER"] or "postgres", host=config["HOST"], port=config["PORT"]
    )
    with connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, file FROM clarinet_site_customdocument WHERE title = %s",
            ["Partner meeting notes (internal)"],
        )
        document_id, file_name = cursor.fetchone()
    connection.close()
    url = f"{server_url}/documents/{document_id}/{file_name.rsplit('/', 1)[-1]}"
    response = page.request.get(url, max_redirects=0)
    assert response.status == 302
    assert "/_util/login/?next=/documents/" in response.headers["location"]  # Wagtail asks to log in


def test_home_shows_latest_news_and_next_event(server_url, page):
    page.goto(server_url + "/en/", timeout=FIRST_VIEW_TIMEOUT_MS)
    latest = page.locator(".latest-news .news-card__title").all_inner_texts()
    assert latest[0] == "Results seminar “Migration beyond borders” in Procida"
    assert len(latest) == 3
    # the project ended in 2022: no event is planned, so no empty "Next event" panel
    assert page.locator(".next-event").count() == 0
    assert axe_violations(page) == []


@pytest.mark.parametrize("code", ["en", "el", "bg", "hu"])
def test_feeds_parse_when_served_by_gunicorn(server_url, code):
    for kind in ("rss", "atom"):
        with urllib.request.urlopen(f"{server_url}/{code}/feeds/news.{kind}") as response:  # noqa: S310
            feed = feedparser.parse(response.read())
        assert not feed.bozo  # valid also where no news exists in the language (empty feed)
        # all 5 demo news exist in English; another language lists only those written in it
        assert len(feed.entries) == 5 if code == "en" else len(feed.entries) < 5
        assert feed.feed.language == code

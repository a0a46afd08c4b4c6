"""Pages in a language they are not (fully) in, in a real browser: the "not available" page and the notice
of English parts are accessible (axe-core, WCAG 2.1 A/AA) and say so in the visitor's language."""

import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

# The demo's public event in Constanța is written in English only.
NOT_AVAILABLE = {
    "hu": ("/hu/hirek/constanta-public-event/", "Ez az oldal ezen a nyelven nem érhető el"),
    "el": ("/el/νέα/constanta-public-event/", "Αυτή η σελίδα δεν είναι διαθέσιμη σε αυτή τη γλώσσα"),
    "de": ("/de/neuigkeiten/constanta-public-event/", "Diese Seite ist in dieser Sprache nicht verfügbar"),
}
# The demo's toolkit page is translated into every language, its chapters only into a few: their titles in
# its table of contents are English in Bulgarian, Italian and Romanian.
PARTLY_TRANSLATED = {
    "bg": "Части от тази страница все още не са преведени на вашия език; показани са на английски.",
    "it": "Alcune parti di questa pagina non sono ancora state tradotte nella tua lingua; sono mostrate in inglese.",
    "ro": "Unele părți ale acestei pagini nu au fost încă traduse în limba dumneavoastră; sunt afișate în engleză.",
}


@pytest.mark.parametrize("code", sorted(NOT_AVAILABLE))
def test_not_available_page_links_to_the_languages_of_the_page(server_url, page, code):
    path, heading = NOT_AVAILABLE[code]
    response = page.goto(server_url + path)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("h1").inner_text() == heading
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    english = page.locator('.not-available__languages li[lang="en"] a')
    english.click()
    assert page.url.endswith("/en/news/constanta-public-event/")
    page.go_back()
    assert axe_violations(page) == []


@pytest.mark.parametrize("code", sorted(PARTLY_TRANSLATED))
def test_notice_of_english_parts_is_shown_once_and_accessible(server_url, page, code):
    page.goto(f"{server_url}/en/toolkit/")
    translated = page.locator(f'header a[hreflang="{code}"]').get_attribute("href")
    response = page.goto(server_url + translated)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == code
    notices = page.locator("main .notice")
    assert notices.count() == 1
    assert notices.inner_text() == PARTLY_TRANSLATED[code]
    assert page.locator('main [lang="en"]').count() > 0
    assert axe_violations(page) == []

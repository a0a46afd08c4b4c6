"""The search page in a real browser, in every language: reached from the header's search form without
JavaScript help, results with highlighted words, and no axe-core violation (WCAG 2.1 A/AA) with results or
without."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

# A word of each language's demo content (its downloads page's title), and what the status line says.
WORDS = {
    "en": "Downloads",
    "it": "Download",
    "de": "Downloads",
    "sl": "Prenosi",
    "el": "Λήψεις",
    "ro": "Descărcări",
    "bg": "Изтегляния",
    "hu": "Letöltések",
}


def search_path(code: str) -> str:
    with translation.override(code):
        return reverse("search")


def test_the_header_search_form_leads_to_the_results_of_the_language(server_url, page):
    page.goto(f"{server_url}/hu/")
    page.locator("#site-search-query").fill("kampányok")
    page.locator("header form[role=search] button").click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{server_url}/hu/kereses/?q=")
    assert page.locator(".search-result").count() > 0
    assert page.locator(".search-result__excerpt mark").count() > 0


@pytest.mark.parametrize("code", list(WORDS))
def test_search_page_with_results_has_no_axe_violations(server_url, page, code):
    response = page.goto(server_url + search_path(code) + "?q=" + WORDS[code])
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == code
    assert WORDS[code] in page.locator(".search-result__title a").all_inner_texts()
    assert axe_violations(page) == []


@pytest.mark.parametrize("code", list(WORDS))
def test_search_page_without_results_has_no_axe_violations(server_url, page, code):
    response = page.goto(server_url + search_path(code) + "?q=zqxjv")
    assert response.status == 200
    assert page.locator(".search-result").count() == 0
    assert page.locator("[role=status]").inner_text().startswith("0")
    assert axe_violations(page) == []

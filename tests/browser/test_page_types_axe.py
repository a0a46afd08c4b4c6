"""axe-core (WCAG 2.1 A/AA) finds nothing on one page of every page type, in all 8 languages.

Issue "Every language shows its own content", Quality: "0 axe violations on every page type in all 8
languages". Each page type is named by one English address of the demo; its address in another language is
the one the language switcher of the English page links to (the page there, partly translated with its
English parts marked, or the "not available" page), so no translated slug is written here. Every case
shares the session's server and one browser tab.
"""

import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
# One page of every page type of the demo, by its English address.
PAGE_TYPES = {
    "home": "/en/",
    "standard": "/en/about/",
    "partners": "/en/partners/",
    "toolkit": "/en/toolkit/",
    "toolkit section": "/en/toolkit/general-principles/",
    "toolkit chapter": "/en/toolkit/general-principles/storytelling/",
    "one-page toolkit": "/en/toolkit/all/",
    "good practice index": "/en/good-practices/",
    "good practice": "/en/good-practices/open-mosque/",
    "training index": "/en/trainings/",
    "training": "/en/trainings/constanta-training/",
    "campaign index": "/en/campaigns/",
    "campaign": "/en/campaigns/kasad/",
    "news index": "/en/news/",
    "news": "/en/news/kasad-solidarity-day/",
    "downloads": "/en/downloads/",
    "contact": "/en/contact/",
}
# The demo's public event in Constanța is written in English and Romanian only: in the other languages its
# address answers with the "not available" page.
NOT_AVAILABLE = "/en/news/constanta-public-event/"
NOT_AVAILABLE_IN = ["it", "de", "sl", "el", "bg", "hu"]
# The first view of a page makes its image renditions (AVIF is slow to encode on a busy machine).
FIRST_VIEW_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def tab(browser):
    """One browser tab shared by every case of this module (a desktop width, no login)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(FIRST_VIEW_TIMEOUT_MS)
    shared = context.new_page()
    yield shared
    context.close()


@pytest.fixture(scope="module")
def addresses(tab, server_url) -> dict[str, dict[str, str]]:
    """{page type: {language: path}}: each English page's language switcher links, read once per module."""
    found = {}
    for name, path in {**PAGE_TYPES, "not available": NOT_AVAILABLE}.items():
        response = tab.goto(server_url + path)
        assert response.status == 200, path
        links = tab.locator("header a[hreflang]").evaluate_all(
            "links => Object.fromEntries(links.map(a => [a.hreflang, a.getAttribute('href')]))"
        )
        found[name] = {code: links.get(code, path) if code != "en" else path for code in LANGUAGES}
        if name == "not available":
            available = tab.locator("link[rel=alternate][hreflang]").evaluate_all(
                "links => links.map(a => a.hreflang)"
            )
            assert not set(NOT_AVAILABLE_IN) & set(available), available
    return found


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type_has_no_axe_violations(tab, server_url, addresses, name, code):
    path = addresses[name][code]
    response = tab.goto(server_url + path)
    assert response.status == 200, path
    assert tab.locator("html").get_attribute("lang") == code
    assert axe_violations(tab) == [], path


@pytest.mark.parametrize("code", NOT_AVAILABLE_IN)
def test_not_available_page_has_no_axe_violations(tab, server_url, addresses, code):
    path = addresses["not available"][code]
    response = tab.goto(server_url + path)
    assert response.status == 200, path
    assert tab.locator("html").get_attribute("lang") == code
    assert tab.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    assert axe_violations(tab) == [], path


@pytest.mark.parametrize("code", LANGUAGES)
def test_page_not_found_has_no_axe_violations(tab, server_url, code):
    path = f"/{code}/no-such-page-{code}/"
    response = tab.goto(server_url + path)
    assert response.status == 404, path
    assert tab.locator("html").get_attribute("lang") == code
    assert axe_violations(tab) == [], path

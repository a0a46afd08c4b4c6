"""The frame every visitor meets, in a real browser: accessibility, menu, language switcher, small screens."""

from urllib.parse import unquote

import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
ABOUT_SLUGS = {
    "en": "about",
    "it": "il-progetto",
    "de": "ueber-das-projekt",
    "sl": "o-projektu",
    "el": "σχετικά-με-το-έργο",
    "ro": "despre-proiect",
    "bg": "за-проекта",
    "hu": "a-projektrol",
}
PARTNERS_SLUGS = {
    "en": "partners",
    "it": "partner",
    "de": "partner",
    "sl": "partnerji",
    "el": "εταίροι",
    "ro": "parteneri",
    "bg": "партньори",
    "hu": "partnerek",
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_about_and_partners_have_no_axe_violations(server_url, page, code):
    for path in [f"/{code}/", f"/{code}/{ABOUT_SLUGS[code]}/", f"/{code}/{PARTNERS_SLUGS[code]}/"]:
        response = page.goto(server_url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == code
        assert axe_violations(page) == [], path


def test_language_switcher_reaches_the_same_page_in_greek_and_bulgarian(server_url, page):
    page.goto(f"{server_url}/en/about/")
    page.locator(".language-switcher summary").click()  # open the <details> switcher
    page.locator('a[hreflang="el"]').click()
    assert unquote(page.url) == f"{server_url}/el/σχετικά-με-το-έργο/"
    assert page.locator("h1").inner_text() == "Σχετικά με το έργο"
    page.locator(".language-switcher summary").click()
    page.locator('a[hreflang="bg"]').click()
    assert unquote(page.url) == f"{server_url}/bg/за-проекта/"
    assert page.locator("h1").inner_text() == "За проекта"


def test_opened_language_list_stays_inside_a_phone_screen_in_every_language(server_url, browser):
    """Issue 12: at 390 px the Greek header wrapped the switcher to the left and its list opened at x = -80."""
    for width in (320, 390):
        context = browser.new_context(viewport={"width": width, "height": 740})
        tab = context.new_page()
        for code in LANGUAGES:
            tab.goto(f"{server_url}/{code}/")
            tab.locator(".language-switcher summary").click()
            box = tab.locator(".language-switcher__list").bounding_box()
            assert tab.locator(".language-switcher__list").is_visible()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"{code} at {width} px: {box}"
        context.close()


def test_mobile_menu_opens_and_closes_with_the_keyboard(server_url, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    tab.goto(f"{server_url}/hu/")
    toggle = tab.locator(".menu-toggle")
    menu = tab.locator("#main-menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    toggle.focus()
    tab.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
    tab.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    context.close()


def test_skip_link_moves_focus_to_main_content(server_url, page):
    page.goto(f"{server_url}/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("width", [320, 1280])
def test_no_horizontal_scrolling_at_320_px_or_at_200_percent_zoom(server_url, browser, width):
    # WCAG 1.4.10 reflow: 1280 px at 200 % zoom behaves like a 640 px viewport; 320 px is the criterion's width.
    context = browser.new_context(viewport={"width": width, "height": 800}, device_scale_factor=1)
    tab = context.new_page()
    for path in ["/hu/", "/el/σχετικά-με-το-έργο/", "/bg/партньори/"]:
        tab.goto(server_url + path)
        if width == 1280:
            tab.evaluate("document.body.style.zoom = '200%'")
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, overflow)
    context.close()


def test_not_found_page_is_translated_and_its_switcher_works(server_url, page):
    response = page.goto(f"{server_url}/hu/nincs-ilyen-oldal/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "hu"
    assert axe_violations(page) == []
    page.locator(".language-switcher summary").click()
    page.locator('a[hreflang="de"]').click()
    assert page.url == f"{server_url}/de/"
    assert page.locator("html").get_attribute("lang") == "de"

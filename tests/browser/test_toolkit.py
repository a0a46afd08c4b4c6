"""The toolkit and the good-practice showcase in a real browser, on the demo content: accessibility,
filters, the map, the print view, and the links between chapters and practices."""

from urllib.parse import unquote

import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

PATHS = {
    "en": {
        "toolkit": "/en/toolkit/",
        "section": "/en/toolkit/general-principles/",
        "chapter": "/en/toolkit/general-principles/storytelling/",
        "one_page": "/en/toolkit/all/",
        "showcase": "/en/good-practices/",
        "filtered": "/en/good-practices/?country=AT&theme=art&result=nothing",
        "practice": "/en/good-practices/open-mosque/",
    },
    "hu": {
        "toolkit": "/hu/eszkoztar/",
        "section": "/hu/eszkoztar/altalanos-elvek/",
        "chapter": "/hu/eszkoztar/altalanos-elvek/tortenetmeseles/",
        "one_page": "/hu/eszkoztar/all/",
        "showcase": "/hu/jo-gyakorlatok/",
        "filtered": "/hu/jo-gyakorlatok/?category=public-events&theme=storytelling",
        "practice": "/hu/jo-gyakorlatok/8-stories-8-faces/",
    },
    "el": {
        "toolkit": "/el/εργαλειοθήκη/",
        "section": "/el/εργαλειοθήκη/γενικές-αρχές/",
        "chapter": "/el/εργαλειοθήκη/γενικές-αρχές/αφήγηση/",
        "one_page": "/el/εργαλειοθήκη/all/",
        "showcase": "/el/καλές-πρακτικές/",
        "filtered": "/el/καλές-πρακτικές/?result=winner",
        "practice": "/el/καλές-πρακτικές/stories-of-children-from-around-the-world/",
    },
}
CASES = [(code, name) for code, paths in PATHS.items() for name in paths]


@pytest.mark.parametrize(("code", "name"), CASES)
def test_toolkit_and_showcase_pages_have_no_axe_violations(server_url, page, code, name):
    path = PATHS[code][name]
    response = page.goto(server_url + path)
    assert response.status == 200, path
    assert page.locator("html").get_attribute("lang") == code
    assert axe_violations(page) == [], path


def test_filters_work_without_javascript_and_are_removable(server_url, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{server_url}/en/good-practices/")
    assert tab.locator(".showcase__count").inner_text().startswith("5 practices")
    tab.select_option("#filter-country", "AT")
    tab.select_option("#filter-category", "public-events")
    tab.get_by_role("button", name="Show practices").click()
    assert "country=AT" in tab.url and "category=public-events" in tab.url
    assert tab.locator(".showcase__count").inner_text().startswith("1 practice")
    assert tab.locator(".practice-card .card__title").all_inner_texts() == ["8 stories, 8 faces"]
    tab.locator("a.active-filter", has_text="Country").click()
    assert "country" not in tab.url and "category=public-events" in tab.url
    assert tab.locator(".showcase__count").inner_text().startswith("3 practices")
    context.close()


def test_winners_are_one_click_away(server_url, page):
    page.goto(f"{server_url}/en/good-practices/")
    page.get_by_role("link", name="See the Award winners").click()
    assert page.locator(".practice-card .badge").all_inner_texts() == ["Winner"] * 3


def test_map_and_list_show_the_practices_by_country(server_url, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{server_url}/en/good-practices/")
    assert page.locator(".overview__list li").all_inner_texts() == [
        "Austria: 2 practices",
        "Italy: 2 practices",
        "Slovenia: 1 practice",
    ]
    austria = page.locator('svg.practice-map__svg a.practice-map__marker[href$="country=AT"]')
    assert austria.locator("text").text_content() == "2"
    assert page.locator("svg.practice-map__svg").bounding_box()["width"] > 300
    austria.click()
    assert page.url.endswith("?country=AT")
    assert page.locator(".showcase__count").inner_text().startswith("2 practices")
    assert all(url.startswith(server_url) for url in requests), "the map loads nothing from other servers"


def test_print_view_of_the_whole_toolkit(server_url, page):
    page.goto(f"{server_url}/en/toolkit/")
    page.get_by_role("link", name="Read the whole toolkit on one page").click()
    assert page.url == f"{server_url}/en/toolkit/all/"
    assert page.locator(".toolkit-part--chapter h3").count() == 11
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".breadcrumbs").is_visible()
    assert page.locator("nav.toolkit-toc").is_visible()
    toc = page.locator("nav.toolkit-toc a")
    assert toc.count() == 17  # 6 sections and 11 chapters
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_from_advice_to_practice_and_back(server_url, page):
    page.goto(f"{server_url}/hu/eszkoztar/altalanos-elvek/tortenetmeseles/")
    cards = page.locator(".toolkit-practices .practice-card")
    assert cards.count() == 2
    cards.first.get_by_role("link").click()
    assert unquote(page.url) == f"{server_url}/hu/jo-gyakorlatok/8-stories-8-faces/"
    discussed = page.locator(".discussed-in a")
    assert "Történetmesélés: emberi arcok a számok mögött" in discussed.all_inner_texts()
    discussed.filter(has_text="Történetmesélés").click()
    assert unquote(page.url) == f"{server_url}/hu/eszkoztar/altalanos-elvek/tortenetmeseles/"
    page.locator("a[rel=next]").click()
    assert unquote(page.url) == f"{server_url}/hu/eszkoztar/altalanos-elvek/migransok-mint-foszereplok/"


def test_video_free_pages_make_no_third_party_request(server_url, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path in ("/en/toolkit/all/", "/en/good-practices/give-prejudice-no-chance/"):
        page.goto(server_url + path)
    assert all(url.startswith(server_url) for url in requests)

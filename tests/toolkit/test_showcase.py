"""The good-practice showcase: filters, counts, pagination, bad input, the overview by country, practice pages."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.factories import ThemeFactory
from tests.helpers import count_queries
from tests.toolkit.factories import GoodPracticePageFactory, ToolkitChapterPageFactory, practices_block
from toolkit.models import Category, Result
from toolkit.showcase import PER_PAGE

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def titles(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".practice-card .card__title a")]


@pytest.fixture
def practices(showcase):
    """The five known Award entries, with their themes."""
    art, storytelling, public_space = (
        ThemeFactory(name="Art", slug="art"),
        ThemeFactory(name="Storytelling", slug="storytelling"),
        ThemeFactory(name="Public space", slug="public-space"),
    )
    specs = [
        ("Give prejudice no chance", "AT", Category.TRADITIONAL, 2015, Result.WINNER, [art, public_space]),
        ("Stories of children", "SI", Category.WEB_SOCIAL, 2017, Result.WINNER, [storytelling]),
        ("Open Mosque", "IT", Category.PUBLIC_EVENTS, 2019, Result.WINNER, [public_space]),
        (
            "8 stories, 8 faces",
            "AT",
            Category.PUBLIC_EVENTS,
            None,
            Result.SPECIAL_MENTION,
            [storytelling, art],
        ),
        ("Muselakwakaba", "IT", Category.PUBLIC_EVENTS, None, Result.ENTRY, [art, storytelling]),
    ]
    pages = {}
    for title, country, category, year, result, themes in specs:
        page = GoodPracticePageFactory(
            parent=showcase, title=title, country=country, category=category, year=year, result=result
        )
        page.themes.set(themes)
        page.save()
        pages[title] = page
    return pages


class TestFilters:
    def test_unfiltered_lists_winners_first(self, client, practices):
        response = client.get("/en/good-practices/")
        assert response.status_code == 200
        assert titles(response) == [
            "Open Mosque",
            "Stories of children",
            "Give prejudice no chance",
            "8 stories, 8 faces",
            "Muselakwakaba",
        ]
        assert "5 practices found" in soup(response).select_one(".showcase__count").get_text()
        assert soup(response).select_one('a[href="/en/good-practices/?result=winner"]')

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("country=AT", {"Give prejudice no chance", "8 stories, 8 faces"}),
            ("country=at", {"Give prejudice no chance", "8 stories, 8 faces"}),
            ("category=public-events", {"Open Mosque", "8 stories, 8 faces", "Muselakwakaba"}),
            ("theme=art", {"Give prejudice no chance", "8 stories, 8 faces", "Muselakwakaba"}),
            ("result=winner", {"Open Mosque", "Stories of children", "Give prejudice no chance"}),
            ("country=AT&theme=art&category=public-events", {"8 stories, 8 faces"}),
            ("country=IT&result=special-mention", set()),
        ],
    )
    def test_filters_combine(self, client, practices, query, expected):
        response = client.get(f"/en/good-practices/?{query}")
        assert response.status_code == 200
        assert set(titles(response)) == expected
        assert f"{len(expected)} practice" in soup(response).select_one(".showcase__count").get_text()

    def test_active_filters_are_removable_one_by_one(self, client, practices):
        response = client.get("/en/good-practices/?country=AT&theme=art")
        chips = {a.get_text(" ", strip=True): a["href"] for a in soup(response).select("a.active-filter")}
        assert chips == {
            "Remove filter Country: Austria ✕": "/en/good-practices/?theme=art",
            "Remove filter Theme: Art ✕": "/en/good-practices/?country=AT",
        }
        assert soup(response).find("a", string="Remove all filters")["href"] == "/en/good-practices/"

    def test_form_keeps_the_chosen_values(self, client, practices):
        html = soup(client.get("/en/good-practices/?country=AT&result=winner"))
        form = html.select_one("form.filter-form")
        assert form["method"] == "get"
        assert form.select_one("#filter-country option[selected]")["value"] == "AT"
        assert form.select_one("#filter-result option[selected]")["value"] == "winner"
        assert [o["value"] for o in form.select("#filter-country option")] == ["", "AT", "IT", "SI"]
        assert form.select_one("label[for=filter-theme]")

    @pytest.mark.parametrize(
        "query",
        [
            "country=XX",
            "country=austria",
            "category=radio",
            "theme=%F0%9F%98%80",
            "result=%00",
            "country=" + "A" * 5000,
            "theme[]=art",
            "country=AT&country=%27%3B--",
            "page=",
        ],
    )
    def test_bad_values_are_ignored_and_reported(self, client, practices, query):
        response = client.get(f"/en/good-practices/?{query}")
        assert response.status_code == 200
        count = soup(response).select_one(".showcase__count").get_text()
        assert "practice" in count

    def test_ignored_value_is_named(self, client, practices):
        response = client.get("/en/good-practices/?country=XX&theme=art")
        html = soup(response)
        assert "Country “XX”" in html.select_one(".showcase__filters .notice").get_text()
        assert set(titles(response)) == {"Give prejudice no chance", "8 stories, 8 faces", "Muselakwakaba"}

    @pytest.mark.parametrize("page", ["abc", "0", "-1", "2", "99999999999999999999", "1.5"])
    def test_bad_page_numbers_show_the_first_or_last_page(self, client, practices, page):
        # the listing kit's one paging rule (clarinet_site.listing.paginate); here page 1 is also the last
        response = client.get(f"/en/good-practices/?page={page}")
        assert response.status_code == 200
        assert "5 practices found" in soup(response).select_one(".showcase__count").get_text()


def test_pagination_keeps_filters(client, showcase):
    for number in range(PER_PAGE + 3):
        GoodPracticePageFactory(parent=showcase, title=f"Campaign {number:02d}", country="HU")
    first = soup(client.get("/en/good-practices/?country=HU"))
    assert len(first.select(".practice-card")) == PER_PAGE
    links = [a["href"] for a in first.select("nav.pagination a")]
    assert links == ["?country=HU", "?country=HU&page=2", "?country=HU&page=2"]  # 1, 2, next
    second = client.get("/en/good-practices/" + links[1])
    assert len(soup(second).select(".practice-card")) == 3
    assert "page 2 of 2" in soup(second).select_one(".showcase__count").get_text()


def test_overview_by_country_as_list_and_map(client, practices):
    html = soup(client.get("/en/good-practices/"))
    items = [li.get_text(" ", strip=True) for li in html.select(".overview__list li")]
    assert items == ["Austria : 2 practices", "Italy : 2 practices", "Slovenia : 1 practice"]
    assert html.select_one('.overview__list a[href="/en/good-practices/?country=SI"]')
    svg = html.select_one("svg.practice-map__svg")
    assert svg["aria-hidden"] == "true"  # the list carries the figures for assistive technology
    markers = {a["href"]: a.select_one("text").get_text() for a in svg.select("a.practice-map__marker")}
    assert markers == {
        "/en/good-practices/?country=AT": "2",
        "/en/good-practices/?country=IT": "2",
        "/en/good-practices/?country=SI": "1",
    }
    drawn = {path["data-country"] for path in svg.select("path.practice-map__country")}
    assert {"AT", "IT", "SI", "DE", "CH", "HR"} <= drawn  # the countries found and their neighbours
    assert not drawn & {"IS", "PT", "FI"}  # outside the part of Europe shown, not sent
    assert not svg.select('[href^="http"]')  # nothing from another server


def test_listing_queries_do_not_grow_with_practices(client, showcase):
    from clarinet_site.demo.images import demo_image

    image = demo_image("Listing query test", {"en": "Abstract circles."})

    def add(count):
        for _ in range(count):
            page = GoodPracticePageFactory(parent=showcase, listing_image=image)
            page.themes.set([ThemeFactory()])
            page.save()

    add(3)
    client.get("/en/good-practices/")
    few, response = count_queries(client, "/en/good-practices/?category=public-events")
    assert len(soup(response).select(".practice-card")) == 3
    add(27)
    many, response = count_queries(client, "/en/good-practices/?category=public-events")
    assert len(soup(response).select(".practice-card")) == PER_PAGE
    assert many == few, f"{few} queries for 3 practices, {many} for 30"


class TestPracticePage:
    def test_facts_and_links_back_to_the_filters(self, client, practices):
        response = client.get("/en/good-practices/open-mosque/")
        assert response.status_code == 200
        html = soup(response)
        facts = html.select_one("dl.facts").get_text(" ", strip=True)
        for text in ("Municipality of Example", "Italy", "Public events", "2019", "Winner", "Public space"):
            assert text in facts
        assert html.select_one('a[href="/en/good-practices/?theme=public-space"]')
        assert html.select_one(".badge--winner")

    def test_unknown_year_is_left_out(self, client, practices):
        facts = soup(client.get("/en/good-practices/muselakwakaba/")).select_one("dl.facts").get_text()
        assert "Year" not in facts

    def test_discussed_in_lists_the_live_chapters_that_cite_it(self, client, toolkit, practices):
        mosque = practices["Open Mosque"]
        chapter = ToolkitChapterPageFactory(
            parent=toolkit, title="Public events", body=[practices_block(mosque)]
        )
        ToolkitChapterPageFactory(parent=toolkit, title="Draft", body=[practices_block(mosque)], live=False)
        html = soup(client.get("/en/good-practices/open-mosque/"))
        assert [a["href"] for a in html.select(".discussed-in a")] == [chapter.url]
        # the chapter links to the practice
        chapter_html = soup(client.get(chapter.url))
        assert chapter_html.select_one(f'.toolkit-practices a[href="{mosque.url}"]')
        # a citation only in the Hungarian body counts too; removing every citation removes the link
        chapter.body = []
        chapter.body_hu = [practices_block(mosque)]
        chapter.save_revision().publish()
        assert soup(client.get("/en/good-practices/open-mosque/")).select(".discussed-in a")
        chapter.body_hu = []
        chapter.save_revision().publish()
        assert not soup(client.get("/en/good-practices/open-mosque/")).select(".discussed-in")

    def test_unpublished_practice_is_not_shown_in_a_chapter(self, client, toolkit, practices):
        mosque = practices["Open Mosque"]
        chapter = ToolkitChapterPageFactory(parent=toolkit, title="Events", body=[practices_block(mosque)])
        mosque.unpublish()
        assert not soup(client.get(chapter.url)).select(".practice-card")

    def test_video_loads_only_on_request(self, client, showcase):
        GoodPracticePageFactory(
            parent=showcase,
            title="With video",
            slug="with-video",
            video_url="https://www.youtube.com/watch?v=abc123",
            video_title="The campaign film",
        )
        html = soup(client.get("/en/good-practices/with-video/"))
        figure = html.select_one("figure.video")
        assert figure["data-video-url"] == "https://www.youtube.com/watch?v=abc123"
        assert figure.select_one("button[data-video-load]")
        # no request to another server before the visitor asks
        assert not html.select("iframe")
        assert not [tag for tag in html.select("[src]") if tag["src"].startswith(("http:", "https:", "//"))]

    def test_video_address_must_be_youtube_or_vimeo(self, showcase):
        page = GoodPracticePageFactory(parent=showcase)
        page.video_url, page.video_title = "https://example.org/film.mp4", "Film"
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "video_url" in error.value.message_dict

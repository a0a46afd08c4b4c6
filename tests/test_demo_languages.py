"""The demo's home, About and section pages speak each visitor's language, with no English left in them."""

import pytest
from bs4 import BeautifulSoup

from clarinet_site.models import Theme
from tests.demo_data import page_texts, section_pages, themes

HOME = page_texts("")
HOME_TITLE, HOME_INTRO, HOME_BODY = HOME["title"], HOME["intro"], HOME["body"]
SECTIONS_HEADING = HOME["sections_heading"]
ABOUT = page_texts("about")
SECTIONS = section_pages()
THEMES = themes()

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


@pytest.fixture
def demo(demo_home):
    """The whole demo content, loaded once for this module (see tests/conftest.py)."""
    return demo_home


def headings(blocks: list) -> list[str]:
    return [value["text"] for kind, value in blocks if kind == "heading"]


def english_outside_lang_en(soup: BeautifulSoup, english: list[str]) -> list[str]:
    """Return the English `english` texts found in `soup` outside elements marked lang="en"."""
    for marked in soup.select('[lang="en"]'):
        marked.decompose()
    text = soup.get_text(" ")
    return [phrase for phrase in english if phrase in text]


def get(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_is_written_in_each_language(client, demo, code):
    soup = get(client, f"/{code}/")
    assert soup.html["lang"] == code
    assert soup.h1.get_text() == HOME_TITLE[code]
    assert soup.select_one(".hero__intro").get_text() == HOME_INTRO[code]
    main = soup.select_one("main").get_text(" ")
    for heading in [*headings(HOME_BODY[code]), SECTIONS_HEADING[code]]:
        assert heading in main, heading
    cards = [card.get_text(" ") for card in soup.select(".sections .card")]
    assert [section["title"][code] in " ".join(cards) for section in SECTIONS] == [True] * len(SECTIONS)
    if code != "en":
        english = [HOME_TITLE["en"], HOME_INTRO["en"], SECTIONS_HEADING["en"], *headings(HOME_BODY["en"])]
        english += [section["intro"]["en"][:60] for section in SECTIONS]
        assert english_outside_lang_en(soup, english) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_about_page_is_written_in_each_language(client, demo, code):
    slug = ABOUT["slugs"].get(code, ABOUT["slug"])
    soup = get(client, f"/{code}/{slug}/")
    assert soup.h1.get_text() == ABOUT["title"][code]
    assert ABOUT["intro"][code] in soup.get_text(" ")
    assert [h2.get_text() for h2 in soup.select(".stream h2")] == headings(ABOUT["body"][code])
    assert soup.select_one(".stream").get("lang") in (None, code), "the body does not fall back to English"
    if code != "en":
        assert english_outside_lang_en(soup, [ABOUT["intro"]["en"], *headings(ABOUT["body"]["en"])]) == []


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("section", SECTIONS, ids=[section["slug"] for section in SECTIONS])
def test_section_index_pages_have_their_title_and_intro_in_each_language(client, demo, code, section):
    slug = section["slugs"].get(code, section["slug"])
    soup = get(client, f"/{code}/{slug}/")
    assert soup.h1.get_text().strip() == section["title"][code]
    assert section["intro"][code] in soup.select_one("main").get_text(" ")
    if code != "en":
        assert english_outside_lang_en(soup, [section["intro"]["en"]]) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_toolkit_introduction_and_how_to_use_in_each_language(client, demo, code):
    toolkit_texts = page_texts("toolkit")
    TOOLKIT_BODY, TOOLKIT_HOW_TO_USE = toolkit_texts["body"], toolkit_texts["how_to_use"]
    toolkit = next(section for section in SECTIONS if section["slug"] == "toolkit")
    soup = get(client, f"/{code}/{toolkit['slugs'].get(code, 'toolkit')}/")
    text = soup.select_one("main").get_text(" ")
    first_sentence = BeautifulSoup(TOOLKIT_BODY[code][0][1], "html.parser").get_text().split(". ")[0]
    assert first_sentence in text
    assert BeautifulSoup(TOOLKIT_HOW_TO_USE[code], "html.parser").get_text()[:50] in text
    if code != "en":
        english = BeautifulSoup(TOOLKIT_BODY["en"][0][1] + TOOLKIT_HOW_TO_USE["en"], "html.parser").get_text()
        assert english_outside_lang_en(soup, english.split(". ")) == []


def test_themes_are_named_in_every_language(demo):
    for slug, names in THEMES:
        theme = Theme.objects.get(slug=slug)
        assert [getattr(theme, f"name_{code}") for code in LANGUAGES] == [names[code] for code in LANGUAGES]

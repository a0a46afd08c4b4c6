"""A crawl of the demo site in all 8 languages: every page honest about its language (issue "Every language
shows its own content"; WCAG 2.1 SC 3.1.2, language of parts).

For every page of the sitemap, in every language: the answer is 200 and not empty; a page not available in
the language is the noindex "not available" page; elsewhere no text of the English pages appears outside an
element marked `lang="en"`; the cards of every listing link only to pages listed in that language.
"""

from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest
from defusedxml import ElementTree as ET
from wagtail.models import Page

from clarinet_site.languages import language_codes
from clarinet_site.models import CustomImage, PartnerOrganisation
from clarinet_site.models.base import Availability, BasePage
from news.models import NewsPage

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
# Text shorter than this, or without a space, is a name or a number ("CLARINET", "2021"), the same in
# every language.
MIN_SENTENCE = 16
CARD_CLASSES = {"card", "news-card"}
# The listing pages and the types they list. Cards of section pages on the home page are navigation, like the
# menu; cards an editor placed in a body are cross-references (marked `lang="en"` where they fall back).
LISTING_PAGES = ("HomePage", "NewsIndexPage", "TrainingIndexPage", "CampaignIndexPage", "GoodPracticeIndexPage")
LISTED_TYPES = ("NewsPage", "TrainingPage", "CampaignPage", "GoodPracticePage")


class TextByLanguage(HTMLParser):
    """Collects the visible text of a page with the language of the nearest `lang`, and the card links."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    HIDDEN = {"head", "script", "style", "template"}

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str, bool, bool, bool]] = []  # tag, lang, hidden, in main, in card
        self.texts: list[tuple[str, str, bool]] = []  # text, lang, in main
        self.card_links: list[str] = []
        self.robots = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and attributes.get("name") == "robots":
            self.robots = attributes.get("content", "")
        parent = self.stack[-1] if self.stack else ("", "", False, False, False)
        in_card = parent[4] or bool(CARD_CLASSES & set((attributes.get("class") or "").split()))
        if tag == "a" and in_card and attributes.get("href"):
            self.card_links.append(unquote(urlsplit(attributes["href"]).path))
        if tag in self.VOID:
            return
        self.stack.append(
            (
                tag,
                attributes.get("lang", parent[1]),
                parent[2] or tag in self.HIDDEN,
                parent[3] or tag == "main",
                in_card,
            )
        )

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and self.stack and not self.stack[-1][2]:
            self.texts.append((text, self.stack[-1][1], self.stack[-1][3]))


def read(response) -> TextByLanguage:
    parser = TextByLanguage()
    parser.feed(response.content.decode())
    return parser


def is_sentence(text: str) -> bool:
    return len(text) >= MIN_SENTENCE and " " in text


@pytest.fixture
def site_pages(demo_home) -> list[BasePage]:
    """Every live page of the demo site (specific), from the home page down."""
    return [
        page
        for page in Page.objects.live().public().descendant_of(demo_home, inclusive=True).specific()
        if isinstance(page, BasePage)
    ]


def test_every_page_in_every_language_is_honest_about_its_language(client, site_pages):
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    in_sitemap = {unquote(loc.text).removeprefix("http://testserver") for loc in sitemap.findall("s:url/s:loc", NS)}

    english_texts: set[str] = set()
    for page in site_pages:
        if page.is_available("en"):
            parser = read(client.get(page.localized_url("en")))
            english_texts.update(
                text for text, lang, in_main in parser.texts if in_main and lang == "en" and is_sentence(text)
            )
    assert len(english_texts) > 200  # the crawl saw the English site
    # Names read the same in every language: partner organisations, image credits, a venue written alike in
    # the language shown (e.g. "Museu Picasso, Barcelona").
    names = [partner.name for partner in PartnerOrganisation.objects.all()]
    names += [image.credit for image in CustomImage.objects.exclude(credit="")]
    names += [
        news.event_place_en
        for news in NewsPage.objects.exclude(event_place_en="")
        if any(getattr(news, f"event_place_{code}") == news.event_place_en for code in language_codes()[1:])
    ]
    english_texts = {text for text in english_texts if not any(name and name in text for name in names)}

    url_to_page = {unquote(page.localized_url(code)): page for page in site_pages for code in language_codes()}
    problems = []
    checked = 0
    for page in site_pages:
        for code in language_codes():
            url = unquote(page.localized_url(code))
            response = client.get(url)
            assert response.status_code == 200, url
            parser = read(response)
            main_text = " ".join(text for text, _lang, in_main in parser.texts if in_main)
            assert len(main_text) > 40, f"{url} is empty"
            availability = page.availability(code)
            if availability == Availability.ABSENT:
                assert "noindex" in parser.robots, url
                assert url not in in_sitemap, url
                continue
            assert (url in in_sitemap) == (availability == Availability.AVAILABLE), url
            checked += 1
            if code != "en":
                for text, lang, _in_main in parser.texts:
                    if text in english_texts and not lang.startswith("en"):
                        problems.append(f"{url}: English text not marked: {text[:80]!r}")
            for link in parser.card_links if type(page).__name__ in LISTING_PAGES else []:
                target = url_to_page.get(link)
                if target is not None and type(target).__name__ in LISTED_TYPES and not target.is_listed_in(code):
                    problems.append(f"{url}: lists {link}, not available in {code}")
    assert checked > len(site_pages)
    assert not problems, "\n".join(problems)

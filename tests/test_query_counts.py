"""Queries per page type, pinned, in every language, and constant in the number of news items (issue 13 item
3, issue 11 "query counts pinned").

Each page type of the demo content is asked for twice: the first request fills what is kept between requests
in a process (image renditions, modeltranslation's site root paths, content types); the second is counted,
as a page is served on a running site. Every page type stays within MAX_QUERIES (issue 13's target); each
pin is the count the page type reached, so a change that adds a query is noticed.
"""

import datetime

import pytest
from django.utils import translation

from clarinet_site.languages import language_codes
from news.models import NewsIndexPage, NewsPage
from tests.factories import StandardPageFactory
from tests.helpers import count_queries
from tests.news.factories import NewsPageFactory

#: Issue 13: "at most 10 queries on every page type".
MAX_QUERIES = 10

#: Queries of each page type on the demo content (the second request), in every language. What is kept per
#: content generation between requests (the Site, private sections, the pages along the address, the served
#: page's row, listed ids, the frame, listings' items and filter choices, related pages, rendered parts:
#: clarinet_site/page_cache.fragment) is not asked again; the one query every page makes in tests is reading
#: the content generation (a running site learns it by NOTIFY). The first request after a content change
#: builds those parts again: `scripts/bench` prints both counts.
PINNED = {
    "home": 1,
    "standard": 1,
    "toolkit": 1,
    "section": 1,
    "chapter": 1,
    "one-page toolkit": 1,
    "good practices": 1,
    "good practice": 1,
    "trainings": 1,
    "training": 1,
    "campaigns": 1,
    "campaign": 1,
    "news index": 1,
    "news page": 1,
    "downloads": 2,
    "contact": 2,
    "not available": 1,
    "404": 3,
}

#: The English path of one page of each type in the demo content (or a page the fixture adds).
PATHS = {
    "home": [],
    "standard": ["about"],
    "toolkit": ["toolkit"],
    "section": ["toolkit", "general-principles"],
    "chapter": ["toolkit", "general-principles", "storytelling"],
    "one-page toolkit": ["toolkit", "all"],
    "good practices": ["good-practices"],
    "good practice": ["good-practices", "open-mosque"],
    "trainings": ["trainings"],
    "training": ["trainings", "constanta-training"],
    "campaigns": ["campaigns"],
    "campaign": ["campaigns", "kasad"],
    "news index": ["news"],
    "news page": ["news", "kasad-solidarity-day"],
    "downloads": ["downloads"],
    "contact": ["contact"],
    "not available": ["only-in-hungarian"],
    "404": ["no-such-page"],
}


@pytest.fixture
def site(demo_home, settings):
    """The demo content plus a standard page written in Hungarian only (the "not available" page elsewhere).

    The page cache is off: rendering is counted (a cached page makes no query: tests/test_page_cache.py)."""
    settings.PAGE_CACHE_ENABLED = False
    StandardPageFactory(
        parent=demo_home,
        title="Csak magyarul",
        slug="only-in-hungarian",
        title_hu="Csak magyarul",
        slug_hu="only-in-hungarian",
        intro_hu="Ez az oldal csak magyarul létezik.",
    )
    return demo_home


def url(kind: str, code: str) -> str:
    """Return the address of the page type `kind` in language `code` (following that language's slugs)."""
    if kind in ("404", "not available"):
        return "/" + "/".join([code, *PATHS[kind]]) + "/"
    *page_path, last = PATHS[kind] or [""]
    route = "/".join(PATHS[kind])
    if kind == "one-page toolkit":
        route = "/".join(page_path)
    from wagtail.models import Page

    page = Page.objects.get(url_path_en=f"/home/{route}/" if route else "/home/")
    with translation.override(code):
        address = page.get_url()
    return address + "all/" if kind == "one-page toolkit" else address


@pytest.mark.parametrize("kind", PINNED)
def test_each_page_type_in_every_language_stays_within_its_pinned_queries(
    client, site, kind, django_assert_max_num_queries
):
    for code in language_codes():
        address = url(kind, code)
        first = client.get(address)
        expected = 404 if kind == "404" else 200
        assert first.status_code == expected, address
        with django_assert_max_num_queries(PINNED[kind]):
            response = client.get(address)
        assert response.status_code == expected, address
        if kind == "not available" and code != "hu":
            assert b'name="robots" content="noindex"' in response.content


def test_every_pin_is_within_the_target():
    over = {kind for kind, count in PINNED.items() if count > MAX_QUERIES}
    assert not over, f"page types over {MAX_QUERIES} queries: {over}"


def _add_news(index: NewsIndexPage, count: int) -> None:
    start = NewsPage.objects.count()
    for n in range(start, start + count):
        NewsPageFactory(
            parent=index, title=f"Extra news {n}", slug=f"extra-news-{n}", date=datetime.date(2020, 1, 1)
        )


def test_queries_do_not_grow_from_30_to_300_news(client, site):
    index = NewsIndexPage.objects.get()
    _add_news(index, 30 - NewsPage.objects.count())
    # The added news are in English only: English lists them.
    addresses = [url(kind, "en") for kind in ("home", "news index", "news page")]
    with_30 = {}
    for address in addresses:
        client.get(address)
        with_30[address], response = count_queries(client, address)
        assert response.status_code == 200
    _add_news(index, 270)
    assert NewsPage.objects.count() == 300
    for address in addresses:
        client.get(address)
        queries, response = count_queries(client, address)
        assert response.status_code == 200
        assert queries == with_30[address], address

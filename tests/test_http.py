"""HTTP details: every route that answers GET answers HEAD the same way (RFC 9110 §9.3.2)."""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = pytest.mark.django_db

# Start points of the crawl: the machine-readable files and the home page in two languages (one with
# translated slugs); every other route is reached through links, so a new route is covered once linked.
START = ["/robots.txt", "/sitemap.xml", "/en/", "/hu/", "/en/feeds/news.rss", "/hu/feeds/news.atom"]
# Prefixes of the routes the crawl follows: public pages, their sub-routes (calendars, feeds, the
# one-page toolkit) and document downloads. Static files are WhiteNoise's (tested in the browser tests).
FOLLOW = ("/en/", "/hu/", "/documents/")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"a", "link"}:
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _same_site_links(base: str, html: str) -> set[str]:
    parser = _Links()
    parser.feed(html)
    links = set()
    for href in parser.hrefs:
        parts = urlsplit(urljoin(base, href))
        if parts.netloc in ("", "testserver") and parts.path.startswith(FOLLOW):
            links.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


def crawl(client, limit: int = 400) -> dict[str, object]:
    """GET every same-site route reachable from START (query strings dropped beyond page 1); {url: response}."""
    seen: dict[str, object] = {}
    queue = list(START)
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response
        if response.get("Content-Type", "").startswith("text/html") and response.status_code == 200:
            for link in _same_site_links(url, response.content.decode()):
                # Filter and pagination variants are one route each: follow the bare path only.
                path = link.split("?", 1)[0]
                if path not in seen and path not in queue:
                    queue.append(path)
    return seen


def test_every_route_answering_get_answers_head(client, demo_home):
    responses = crawl(client)
    kinds = {urlsplit(url).path.rsplit(".", 1)[-1] for url in responses if "." in url.rsplit("/", 1)[-1]}
    # The crawl reached the machine-readable files, the feeds, calendar files and documents.
    assert {"txt", "xml", "rss", "atom"} <= kinds
    assert any("/calendar/" in url for url in responses)
    assert any(url.startswith("/documents/") for url in responses)
    assert len(responses) > 40
    mismatches = []
    for url, got in responses.items():
        head = client.head(url)
        if head.status_code != got.status_code or head.get("Content-Type") != got.get("Content-Type"):
            mismatches.append((url, got.status_code, head.status_code))
        elif (b"".join(head.streaming_content) if head.streaming else head.content) != b"":
            mismatches.append((url, "HEAD has a body"))
    assert not mismatches

"""HTTP details: every route that answers GET answers HEAD (RFC 9110 §9.3.2); one set of security headers."""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit
from wsgiref.headers import Headers

import pytest

from campaigns.models import TrainingPage
from clarinet_site.security_headers import add_static_file_headers

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
    # Past activities offer no calendar link (the project has ended): ask for a training's file directly.
    calendar = f"{TrainingPage.objects.live().first().url}calendar/"
    responses[calendar] = client.get(calendar)
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


def _csp(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("url", ["/en/", "/hu/", "/robots.txt", "/en/feeds/news.rss", "/en/no-such-page/"])
def test_pages_send_one_consistent_set_of_security_headers(client, demo_home, url):
    response = client.get(url)
    # X-Frame-Options and CSP frame-ancestors say the same: never framed.
    assert response["X-Frame-Options"] == "DENY"
    assert _csp(response)["frame-ancestors"] == ["'none'"]
    assert response["Cross-Origin-Resource-Policy"] == "same-site"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy
    # the video player may still go full screen after the visitor's click
    assert 'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")' in policy


def test_static_files_get_the_page_headers(client, home):
    page = client.get("/en/")
    headers = Headers([])
    add_static_file_headers(headers, "/srv/static/css/site.css", "/static/css/site.css")
    for name in [
        "Content-Security-Policy",
        "X-Frame-Options",
        "Permissions-Policy",
        "Cross-Origin-Resource-Policy",
    ]:
        assert headers[name] == page[name], name

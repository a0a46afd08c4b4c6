"""Varnish in front (deploy/varnish/default.vcl), purged by Wagtail's frontend cache on publish (issue 13).

A real varnishd (Debian's) on a free port in front of the live test server; nothing is mocked.
"""

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from wagtail.models import Locale

from clarinet_site import content_changes
from clarinet_site.models import SiteSettings
from tests.factories import StandardPageFactory, make_site_home

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
HOST = "testserver"


def titles(text: str) -> dict:
    return {f"title_{code}": f"{text} {code}" for code in LANGUAGES}


def slugs(base: str) -> dict:
    return {f"slug_{code}": f"{base}-{code}" for code in LANGUAGES}


def _free_port() -> int:
    """Return a free loopback port, from 8110-8119 when one is free there (else any)."""
    for port in [*range(8110, 8120), 0]:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("no free port")


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    """varnishd with the repository's VCL, its backend the live server; yields Varnish's base URL."""
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = (ROOT / "deploy/varnish/default.vcl").read_text().replace('"8000"', f'"{backend_port}"')
    (tmp_path / "site.vcl").write_text(vcl)
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        ["/usr/sbin/varnishd", "-F", "-j", "none", "-a", f"127.0.0.1:{port}", "-f", str(tmp_path / "site.vcl"),
         "-n", str(tmp_path / "varnish"), "-s", "malloc,32m", "-T", "none"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("varnishd did not start") from None
            time.sleep(0.2)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    }
    yield url
    process.terminate()
    process.wait(timeout=10)


def get(base: str, path: str, **headers) -> tuple[str, str]:
    """GET `path` through Varnish for the site's host; return (X-Cache, body)."""
    request = urllib.request.Request(f"{base}{path}", headers={"Host": HOST, **headers})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.headers["X-Cache"], response.read().decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publishing_purges_every_language_url_through_varnish(varnish):
    Locale.objects.get_or_create(language_code="en")  # a flushed database (transactional test) has none
    home = make_site_home(**titles("Home"))
    SiteSettings.for_site(home.get_site())
    section = StandardPageFactory(parent=home, **titles("Section"), **slugs("section"))
    page = StandardPageFactory(parent=section, **titles("Award"), **slugs("award"))
    urls = {code: page.localized_url(code) for code in LANGUAGES}
    for path in urls.values():
        get(varnish, path)
        status, body = get(varnish, path)
        assert status == "HIT"
        assert "Award" in body
    # Anything personal is passed: a CSRF cookie reaches the app, which renders again.
    assert get(varnish, urls["en"], Cookie="csrftoken=abc")[0] == "MISS"

    page.title_en = "Prize en"
    for code in LANGUAGES:
        setattr(page, f"title_{code}", f"Prize {code}")
    page.save_revision().publish()

    for code, path in urls.items():
        status, body = get(varnish, path)
        assert f"Prize {code}" in body, path
        assert "Award" not in body, path


@pytest.mark.django_db
def test_purge_list_covers_the_page_its_listings_feeds_and_sitemap_in_every_language(
    home, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://x"}
    }
    sent = []
    monkeypatch.setattr(content_changes, "_send", sent.append)
    section = StandardPageFactory(parent=home, **titles("Section"), **slugs("section"))
    page = StandardPageFactory(parent=section, **titles("Award"), **slugs("award"))
    with django_capture_on_commit_callbacks(execute=True):
        page.title_hu = "Díj"
        page.save_revision().publish()
    urls = set().union(*(batch["urls"] for batch in sent))
    for code in LANGUAGES:
        assert f"http://testserver/{code}/section-{code}/award-{code}/" in urls
        assert f"http://testserver/{code}/section-{code}/" in urls
        assert f"http://testserver/{code}/" in urls
        assert f"http://testserver/{code}/feeds/news.rss" in urls
        assert f"http://testserver/{code}/feeds/news.atom" in urls
    assert "http://testserver/sitemap.xml" in urls
    assert not any(batch["ban"] for batch in sent)

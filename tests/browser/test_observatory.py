"""The HTTP Observatory score of every public page type, a static file and a document: at least 115 (A+).

The site runs under gunicorn with production settings and their defaults (HTTPS redirect, HSTS, secure
cookies), on the demo content of the browser tests' database; `tests/browser/observatory.py` computes the
score with the Observatory's published rules. Run with `-s` to see the table of scores.
"""

import http.client
import subprocess
import sys
import time
from html.parser import HTMLParser

import dj_database_url
import psycopg2
import pytest

from tests.browser import observatory
from tests.browser.conftest import ROOT, _free_port

pytestmark = pytest.mark.browser

MINIMUM_SCORE = 115
# The browser tests' server relaxes these for plain-HTTP Chromium; the scan needs production's defaults.
RELAXED = ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE")


@pytest.fixture(scope="module")
def production_server(server_url, server_env):
    """("127.0.0.1:<port>") of a second gunicorn on the same database, with production's security defaults."""
    env = {key: value for key, value in server_env.items() if key not in RELAXED}
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "clarinet_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
        cwd=ROOT,
        env=env,
    )
    address = f"127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if observatory.fetch(address, f"https://{address}/robots.txt").status == 200:
                break
        except (OSError, http.client.HTTPException):
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            raise RuntimeError("gunicorn did not start")
        time.sleep(0.3)
    yield address
    server.terminate()
    server.wait(timeout=10)


def _query(server_env, sql: str) -> list[tuple]:
    config = dj_database_url.parse(server_env["DATABASE_URL"])
    connection = psycopg2.connect(
        dbname=config["NAME"], user=config["USER"] or "postgres", host=config["HOST"], port=config["PORT"]
    )
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()
    finally:
        connection.close()


def page_type_paths(server_env) -> dict[str, str]:
    """{page type: English path of its first live, public page} for every page type of the demo site."""
    rows = _query(
        server_env,
        """
        SELECT DISTINCT ON (ct.model) ct.model, page.url_path_en, root.url_path_en
        FROM wagtailcore_page page
        JOIN django_content_type ct ON ct.id = page.content_type_id
        JOIN wagtailcore_site site ON site.is_default_site
        JOIN wagtailcore_page root ON root.id = site.root_page_id
        WHERE page.live AND page.path LIKE root.path || '%%'
          AND NOT EXISTS (
            SELECT 1 FROM wagtailcore_pageviewrestriction r
            JOIN wagtailcore_page restricted ON restricted.id = r.page_id
            WHERE page.path LIKE restricted.path || '%%'
          )
        ORDER BY ct.model, page.depth, page.path
        """,
    )
    return {model: "/en/" + path[len(root) :] for model, path, root in rows}


def public_document_path(server_env) -> str:
    """Path of the download view of a demo document in a collection without a view restriction."""
    document_id, file_name = _query(
        server_env,
        """
        SELECT d.id, d.file FROM clarinet_site_customdocument d
        WHERE d.collection_id NOT IN (SELECT collection_id FROM wagtailcore_collectionviewrestriction)
        ORDER BY d.id LIMIT 1
        """,
    )[0]
    return f"/documents/{document_id}/{file_name.rsplit('/', 1)[-1]}"


class _Stylesheet(HTMLParser):
    href: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") == "stylesheet" and self.href is None:
            self.href = attributes["href"]


def static_file_path(address: str) -> str:
    """Path of the site's stylesheet as the home page links it (a hashed name served by WhiteNoise)."""
    parser = _Stylesheet()
    parser.feed(observatory.fetch(address, f"https://{address}/en/").body.decode())
    assert parser.href and parser.href.startswith("/static/")
    return parser.href


def test_every_public_page_type_static_file_and_document_scores_an_a_plus(production_server, server_env):
    targets = page_type_paths(server_env)
    assert {"homepage", "standardpage", "newspage", "newsindexpage", "contactpage", "toolkitpage"} <= set(
        targets
    )
    targets["toolkit on one page"] = "/en/toolkit/all/"
    targets["news feed (Atom)"] = "/en/feeds/news.atom"
    targets["sitemap.xml"] = "/sitemap.xml"
    targets["static file"] = static_file_path(production_server)
    targets["document"] = public_document_path(server_env)

    scans = {
        kind: observatory.observatory_scan(production_server, production_server, path)
        for kind, path in targets.items()
    }
    table = "\n".join(
        f"{kind:24} {scan.score:4} {observatory.grade(scan.score):2}  {targets[kind]}"
        + "".join(
            f"\n{'':31}{modifier:+4} {result}" for result, modifier in scan.results.values() if modifier
        )
        for kind, scan in scans.items()
    )
    print(f"\nHTTP Observatory scores (production defaults)\n{table}")
    assert all(scan.auto.status == 200 for scan in scans.values()), table
    assert all(scan.score >= MINIMUM_SCORE for scan in scans.values()), table

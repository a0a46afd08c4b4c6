"""Private documents and upload headers on the demo site, served by gunicorn with production settings and the
documented `SERVE_MEDIA=1`."""

import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url
import psycopg2
import pytest

pytestmark = pytest.mark.browser

UPLOAD_CSP = "default-src 'none'; sandbox"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str) -> tuple[int, dict]:
    """GET `url` without following redirects; return (status, headers)."""
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=30) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def documents(server_env) -> dict[str, tuple[int, str]]:
    """Return {title: (id, stored file name)} of the demo's documents, read from the server's database."""
    config = dj_database_url.parse(server_env["DATABASE_URL"])
    connection = psycopg2.connect(
        dbname=config["NAME"], user=config["USER"] or "postgres", host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432, password=config["PASSWORD"] or None,
    )  # fmt: skip
    with connection, connection.cursor() as cursor:
        cursor.execute("SELECT title, id, file FROM clarinet_site_customdocument")
        rows = {title: (pk, name) for title, pk, name in cursor.fetchall()}
    connection.close()
    return rows


def test_partners_only_document_is_unreachable_under_media(server_url, server_env):
    pk, name = documents(server_env)["Partner meeting notes (internal)"]
    assert name.startswith("documents/") and name.endswith("/partner_meeting_notes.pdf")
    # No document file anywhere below the public media folder.
    assert not list(Path(server_env["MEDIA_ROOT"]).rglob("*.pdf"))
    for path in (f"/media/{name}", "/media/documents/partner_meeting_notes.pdf"):
        assert fetch(server_url + path)[0] == 404
    status, headers = fetch(f"{server_url}/documents/{pk}/partner_meeting_notes.pdf")
    assert status == 302 and "login" in headers["Location"]
    assert headers["Cache-Control"] == "private, no-store"


def test_public_download_headers_under_gunicorn(server_url, server_env):
    pk, name = documents(server_env)["Beszámoló: szolidaritási nap Kásádon, 2021 ősz"]
    status, headers = fetch(f"{server_url}/documents/{pk}/{urllib.request.quote(name.rsplit('/', 1)[1])}")
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Language"] == "hu"
    assert "Content-Encoding" not in headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    # PDF, the one type shown in the browser, is not sandboxed: Chrome and Safari would block their viewer.
    assert headers["Content-Security-Policy"] == "default-src 'none'"


def test_images_served_under_media_forbid_scripts(server_url, server_env):
    original = next(Path(server_env["MEDIA_ROOT"], "original_images").iterdir())
    status, headers = fetch(f"{server_url}/media/original_images/{original.name}")
    assert status == 200
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == UPLOAD_CSP

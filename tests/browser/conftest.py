"""Browser tests: the real site served by gunicorn with production settings, demo content, Debian's Chromium.

The server runs on its own PostgreSQL database (`<test database>_browser`, unique to the run and dropped at its
end, also on failure: tests/databases.py), built once per session with
`migrate --noinput` and `load_demo_content`, exactly as a deployment would. Chromium must be installed
(`/usr/bin/chromium`); a missing browser fails the tests, it never skips them.
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from tests.databases import run_database_url, throwaway_database

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database_url() -> str:
    return run_database_url("browser")


@pytest.fixture(scope="session")
def smtp_server():
    """A real SMTP server on loopback (aiosmtpd) that receives every e-mail the site's server sends."""
    from tests.contact.smtp import SMTPServer, free_port

    server = SMTPServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def server_env(smtp_server):
    """Environment of the production-like server: its own database, media and static folders, and SMTP."""
    workdir = Path(tempfile.mkdtemp(prefix="clarinet-browser-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clarinet_site.settings.production",
        "DATABASE_URL": _browser_database_url(),
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private-media"),
        "SERVE_MEDIA": "1",
        "STATIC_ROOT": str(workdir / "static"),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_server.port),
        "EMAIL_USE_TLS": "0",
        "EMAIL_USE_SSL": "0",
    }
    yield env
    shutil.rmtree(workdir, ignore_errors=True)


def _manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


@pytest.fixture(scope="session")
def server_url(server_env):
    """Base URL (no trailing slash) of gunicorn serving the demo site on a free loopback port.

    The background task worker runs beside it, as in production: it sends the contact form's e-mails.
    """
    with throwaway_database(server_env["DATABASE_URL"]):
        _manage(server_env, "migrate", "--noinput", "-v", "0")
        _manage(server_env, "load_demo_content")
        _manage(server_env, "collectstatic", "--noinput", "-v", "0")
        yield from _serve(server_env)


def _serve(server_env: dict):
    """Run gunicorn and the task worker on `server_env` until the generator is closed; yields the base URL."""
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "clarinet_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2"],
        cwd=ROOT,
        env=server_env,
    )
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"], cwd=ROOT, env=server_env
    )
    url = f"http://127.0.0.1:{port}"
    # Two workers importing Django on a busy CI machine can take well over the usual few seconds.
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"{url}/robots.txt", timeout=2)  # noqa: S310
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                worker.kill()
                raise RuntimeError("gunicorn did not start") from None
            time.sleep(0.3)
    try:
        yield url
    finally:
        server.terminate()
        worker.terminate()
        server.wait(timeout=30)
        worker.wait(timeout=30)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; fails (never skips) when the browser is missing."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (own cookies) at a desktop width; closed after the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


def axe_violations(tab) -> list[dict]:
    """Run axe-core (WCAG 2.1 A and AA rules) on the tab's page and return its violations (id, nodes)."""
    results = Axe().run(tab, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results.response["violations"]
    ]


def manage_shell(env: dict, code: str) -> str:
    """Run Python `code` with `manage.py shell` against the browser tests' site (`env`); return the last line
    it printed. Raises CalledProcessError when it fails."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]

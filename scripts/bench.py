"""Benchmark of the public site against a Django hello world; run through `scripts/bench` (see its help).

`scripts/bench` (throughput): builds the demo site in PostgreSQL (DATABASE_URL, default the database
`clarinet_bench` on the local server) if it is missing, starts gunicorn with the production settings
(3 workers) and the hello world of `scripts/hello_wsgi.py` on a second gunicorn with the same options, and
measures every page type with `wrk -c16`, first with the page cache off (`PAGE_CACHE_ENABLED=false`), then on.
wrk sends the `Accept-Encoding` header a browser sends (`BROWSER_ACCEPT_ENCODING`, Chromium's) to the hello world
and the site alike, so the site answers compressed HTML as it does to every visitor.
Prints per page type: requests/s uncached and cached, each as a ratio to the hello world, the queries the
page makes without the page cache (counted in this process on the same database: "cold" just after a
content change, "warm" on the next request, which reuses what is kept per content generation), and the
first view's bytes (the HTML and what it loads, compressed as sent). Then each worker's memory (RSS) after the runs.

`scripts/bench lighthouse`: runs Lighthouse 12.2.3 (installed into .bench/lighthouse with npm on first
use) with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), mobile, on every page type in English
and Greek, and prints the four scores.

A benchmark prints figures; it is not a test and fails only when a server does not start.
"""

import argparse
import gzip
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
WORKERS = 3
LIGHTHOUSE_VERSION = "12.2.3"
# Targets of issue 13: an uncached page at least 5 % of the hello world, a cached one 90 %, <= 10 queries,
# each worker under 300 MB after the run.
TARGET_UNCACHED = 0.05
TARGET_CACHED = 0.90
TARGET_QUERIES = 10
TARGET_RSS_MB = 300
# What Chromium (and Firefox, but for zstd) sends with every request: the site's HTML goes out compressed.
BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd"


def main() -> None:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", nargs="?", default="throughput", choices=["throughput", "lighthouse"])
    parser.add_argument(
        "--duration",
        type=int,
        default=int(os.environ.get("BENCH_SECONDS", "10")),
        help="seconds of wrk per URL (default 10, env BENCH_SECONDS)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("BENCH_PORT", "8120")),
        help="port of the site; the hello world uses the next one (default 8120)",
    )
    parser.add_argument(
        "--languages", default="en,el", help="languages of the Lighthouse run (default en,el)"
    )
    parser.add_argument("--only", default="", help="comma-separated page types to measure (default: all)")
    parser.add_argument(
        "--reports",
        default="",
        help="folder to keep each Lighthouse report in, as <page type>-<language>.json",
    )
    args = parser.parse_args()

    env = bench_environment()
    prepare_database(env)
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "clarinet_site.settings.dev"
    os.environ["PAGE_CACHE_ENABLED"] = "false"
    os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    only = {kind.strip() for kind in args.only.split(",") if kind.strip()}
    if args.mode == "lighthouse":
        lighthouse(
            env, args.port, args.languages.split(","), only, Path(args.reports) if args.reports else None
        )
    else:
        throughput(env, args.port, args.duration, only)


def bench_environment() -> dict[str, str]:
    """Return the production-like environment of the site's gunicorn (loopback, no TLS in between)."""
    # STATIC_ROOT from the environment lets two checkouts on one machine bench without sharing a folder.
    static_root = os.environ.get("STATIC_ROOT") or Path(tempfile.gettempdir()) / "clarinet-bench-static"
    return {
        "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clarinet_bench"),
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SERVE_MEDIA": "true",
        "STATIC_ROOT": str(static_root),
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    }


def manage(env: dict[str, str], *command: str, settings: str = "clarinet_site.settings.dev") -> None:
    """Run a manage.py command with `env` and `settings`; raise CalledProcessError when it fails."""
    subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", *command],
        cwd=BASE_DIR,
        env={**os.environ, **env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare_database(env: dict[str, str]) -> None:
    """Create the database if missing, migrate it, load the demo content and collect the static files."""
    url = env["DATABASE_URL"]
    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0] + "/postgres"
    subprocess.run(["psql", server, "-qc", f'CREATE DATABASE "{name}"'], capture_output=True)
    print(f"Preparing {name}: migrate, demo content, static files ...", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    manage(env, "compilemessages", "--ignore", ".venv/*", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0", settings="clarinet_site.settings.production")


class Gunicorn:
    """A gunicorn master with WORKERS workers serving `app` on 127.0.0.1:`port`, stopped on exit."""

    def __init__(self, app: str, port: int, env: dict[str, str], pythonpath: str = "."):
        self.port = port
        self.process = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                app,
                "--workers",
                str(WORKERS),
                "--bind",
                f"127.0.0.1:{port}",
                "--pythonpath",
                pythonpath,
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env={**os.environ, **env},
        )

    def wait(self, path: str = "/") -> None:
        """Wait until the server answers `path` (30 s at most); raise RuntimeError otherwise."""
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5)
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"gunicorn on port {self.port} did not start")

    def worker_rss_mb(self) -> list[float]:
        """Return each worker's resident memory in MB (from /proc)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        sizes = []
        for pid in children:
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
        return sizes

    def stop(self) -> None:
        """Stop the master and its workers, and wait for them."""
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def page_urls(language: str) -> list[tuple[str, str]]:
    """Return (page type, path) for every page type of the demo site in `language`.

    One page of each type, the one-page toolkit, a page not available in the language (when the content
    has one) and a 404.
    """
    from django.utils import translation
    from wagtail.models import Page

    from clarinet_site.models.base import Availability, BasePage

    wanted = {
        "HomePage": "home", "StandardPage": "standard", "ToolkitPage": "toolkit", "ToolkitChapterPage": "chapter",
        "GoodPracticeIndexPage": "good practices", "GoodPracticePage": "good practice",
        "TrainingIndexPage": "trainings", "TrainingPage": "training", "CampaignIndexPage": "campaigns",
        "CampaignPage": "campaign", "NewsIndexPage": "news index", "NewsPage": "news page",
        "DownloadsPage": "downloads", "ContactPage": "contact",
    }  # fmt: skip
    urls: dict[str, str] = {}
    absent = None
    with translation.override(language):
        for page in Page.objects.live().specific().order_by("path"):
            if not isinstance(page, BasePage):
                continue
            kind = wanted.get(type(page).__name__)
            availability = page.availability(language)
            if availability == Availability.ABSENT:
                absent = absent or page.get_url()
            elif kind and kind not in urls:
                urls[kind] = page.get_url()
        if "toolkit" in urls:
            urls["one-page toolkit"] = urls["toolkit"] + "all/"
    ordered = [(kind, urls[kind]) for kind in [*wanted.values(), "one-page toolkit"] if kind in urls]
    if absent:
        ordered.append(("not available", absent))
    ordered.append(("404", f"/{language}/no-such-page/"))
    return ordered


def count_queries(path: str) -> tuple[int, int]:
    """Return the queries of `path` in this process, without the page cache: just after a content change
    (every part kept per content generation is built anew) and on the next request (they are reused).

    A first request fills what processes keep for good (content types, renditions) and is not counted.
    """
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)
    caches["local"].clear()  # what a content change does: every kept part is unreachable
    counts = []
    for _request in range(2):
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        counts.append(len(queries))
    return counts[0], counts[1]


class _Resources(HTMLParser):
    """Collects what a browser loads for a first view: stylesheets, scripts, preloads and images."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "icon") and attrs.get("href"):
            if attrs.get("media") != "print":
                self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "img" and attrs.get("src") and attrs.get("loading") != "lazy":
            self.urls.append(attrs["src"])


def fetch(url: str) -> tuple[bytes, int]:
    """Return (decoded body, bytes on the wire) of `url`, asking for gzip as a browser does."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        response = urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    raw = response.read()
    body = gzip.decompress(raw) if response.headers.get("Content-Encoding") == "gzip" else raw
    return body, len(raw)


def first_view_bytes(base: str, path: str) -> int:
    """Return the bytes sent for a first view of `path`: the HTML, its stylesheets (and their fonts),
    scripts, preloads and eager images. Lighthouse's "total byte weight" is the browser's own figure."""
    html, total = fetch(base + path)
    parser = _Resources()
    parser.feed(html.decode("utf-8", "replace"))
    seen = set()
    for url in parser.urls:
        if url in seen or url.startswith(("http:", "https:", "data:")):
            continue
        seen.add(url)
        body, size = fetch(base + url)
        total += size
        if url.endswith(".css"):
            for font in re.findall(rb"url\(['\"]?([^'\")]+\.woff2)", body):
                font_url = urllib.parse.urljoin(url, font.decode())
                if font_url not in seen:
                    seen.add(font_url)
                    total += fetch(base + font_url)[1]
    return total


def wrk(url: str, duration: int) -> float:
    """Return wrk's requests/s for `url` (16 connections, 2 threads, `duration` seconds), each request with a
    browser's Accept-Encoding."""
    output = subprocess.run(
        ["wrk", "-c16", "-t2", f"-d{duration}s", "--timeout", "30s"]
        + ["-H", f"Accept-Encoding: {BROWSER_ACCEPT_ENCODING}", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors and "no-such-page" not in url and "not available" not in url:
        print(f"  note: {errors.group(1)} error responses from {url}", file=sys.stderr)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def throughput(env: dict[str, str], port: int, duration: int, only: set[str]) -> None:
    """Measure the hello world and every page type (or those in `only`) uncached and cached; print the table
    and worker memory."""
    pages = [(kind, path) for kind, path in page_urls("en") if not only or kind in only]
    print(f"Counting queries of {len(pages)} page types ...", flush=True)
    queries = {kind: count_queries(path) for kind, path in pages}

    hello = Gunicorn("hello_wsgi:application", port + 1, {}, pythonpath="scripts")
    hello.wait()
    hello_rate = wrk(f"http://127.0.0.1:{port + 1}/", duration)
    hello.stop()
    print(f"Hello world: {hello_rate:.0f} requests/s", flush=True)

    rates: dict[str, dict[str, float]] = {"off": {}, "on": {}}
    sizes: dict[str, int] = {}
    rss: dict[str, list[float]] = {}
    for cache in ("off", "on"):
        site = Gunicorn(
            "clarinet_site.wsgi:application",
            port,
            {
                **env,
                "PAGE_CACHE_ENABLED": "true" if cache == "on" else "false",
                "DJANGO_SETTINGS_MODULE": "clarinet_site.settings.production",
                "DJANGO_LOG_LEVEL": "ERROR",  # the 404 runs would log every request
            },
        )
        try:
            site.wait("/en/")
            base = f"http://127.0.0.1:{port}"
            for kind, path in pages:
                fetch(base + path)  # the first request fills caches (renditions, page cache)
                rates[cache][kind] = wrk(base + path, duration)
                if cache == "off":
                    sizes[kind] = first_view_bytes(base, path)
                print(f"  page cache {cache}: {kind} {rates[cache][kind]:.0f}/s", flush=True)
            rss[cache] = site.worker_rss_mb()
        finally:
            site.stop()

    print()
    print(
        f"Hello world (Django, same gunicorn, {WORKERS} workers, wrk -c16 -d{duration}s): {hello_rate:.0f} requests/s"
    )
    print()
    header = (
        f"| {'page type':<17} | {'uncached/s':>10} | {'ratio':>6} | {'cached/s':>8} | {'ratio':>6} "
        f"| {'queries cold/warm':>17} | {'first view':>10} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for kind, _path in pages:
        off, on = rates["off"][kind], rates["on"][kind]
        print(
            f"| {kind:<17} | {off:>10.0f} | {off / hello_rate:>6.1%} | {on:>8.0f} | {on / hello_rate:>6.1%} "
            f"| {'/'.join(map(str, queries[kind])):>17} | {sizes[kind] / 1000:>7.1f} KB |"
        )
    print()
    for cache, sizes_mb in rss.items():
        worst = max(sizes_mb)
        verdict = "ok" if worst < TARGET_RSS_MB else f"over {TARGET_RSS_MB} MB"
        print(
            f"Worker memory after the page cache {cache} run: "
            + ", ".join(f"{size:.0f} MB" for size in sizes_mb)
            + f" ({verdict})"
        )
    print(
        f"Targets: uncached >= {TARGET_UNCACHED:.0%} and cached >= {TARGET_CACHED:.0%} of the hello world, "
        f"<= {TARGET_QUERIES} queries, workers < {TARGET_RSS_MB} MB."
    )


def lighthouse(
    env: dict[str, str], port: int, languages: list[str], only: set[str], reports: Path | None = None
) -> None:
    """Run Lighthouse (mobile) on every page type (or those in `only`) in `languages`; print performance,
    accessibility, best practices and SEO, and keep each JSON report in `reports` when given."""
    folder = BASE_DIR / ".bench" / "lighthouse"
    binary = folder / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(folder),
                "--no-audit",
                "--no-fund",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    chrome = os.environ.get("CHROME_PATH", shutil.which("chromium") or "/usr/bin/chromium")
    site = Gunicorn(
        "clarinet_site.wsgi:application",
        port,
        {**env, "DJANGO_SETTINGS_MODULE": "clarinet_site.settings.production"},
    )
    try:
        site.wait("/en/")
        print(f"| {'page type':<17} | lang | perf | a11y | best | seo |")
        print("|-------------------|------|------|------|------|-----|")
        for language in languages:
            for kind, path in page_urls(language):
                if only and kind not in only:
                    continue
                url = f"http://127.0.0.1:{port}{path}"
                fetch(url)
                result = subprocess.run(
                    [
                        str(binary),
                        url,
                        "--quiet",
                        "--output=json",
                        "--output-path=stdout",
                        "--form-factor=mobile",
                        "--only-categories=performance,accessibility,best-practices,seo",
                        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                        # Lighthouse refuses a 404 unless told; its SEO then marks the status, as it should.
                        *(["--ignore-status-code"] if kind == "404" else []),
                    ],
                    capture_output=True,
                    text=True,
                    env={**os.environ, "CHROME_PATH": chrome},
                )
                if reports:
                    reports.mkdir(parents=True, exist_ok=True)
                    (reports / f"{kind}-{language}.json").write_text(result.stdout)
                try:
                    categories = json.loads(result.stdout)["categories"]
                    scores = [
                        round(100 * (categories[name]["score"] or 0))
                        for name in ("performance", "accessibility", "best-practices", "seo")
                    ]
                except (ValueError, KeyError):
                    print(f"| {kind:<17} | {language:<4} | Lighthouse failed: {result.stderr.strip()[-200:]}")
                    continue
                print(
                    f"| {kind:<17} | {language:<4} | " + " | ".join(f"{score:>4}" for score in scores) + " |",
                    flush=True,
                )
    finally:
        site.stop()


if __name__ == "__main__":
    main()

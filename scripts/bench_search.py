"""Measure the site search's latency per language on the demo content plus 1,000 generated pages.

A benchmark that prints figures, not a test. It needs a database with the demo content (PostgreSQL for the
real figures: on SQLite the simpler search is measured). It adds, once, a standard page "Search benchmark"
under the home page with 1,000 generated child pages in all eight languages (their words drawn from the
demo's own texts of each language, so stems and accents are real), indexes them, then requests each
language's search page through Django's test client (view, queries and template, no network) with words of
that language, and prints p50 and p95 per language, beside the same page without words
(what the page's frame alone costs on this machine) and the search's own SQL (count and first page). Usage, from the project folder:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clarinet .venv/bin/python manage.py migrate --noinput
    DATABASE_URL=... .venv/bin/python manage.py load_demo_content
    DATABASE_URL=... .venv/bin/python scripts/bench_search.py [--pages 1000] [--rounds 20] [--remove]

`--remove` deletes the generated pages (and their index entries) at the end.
"""

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clarinet_site.settings.dev")
# The search itself is measured, not the page cache in front of it.
os.environ["PAGE_CACHE_ENABLED"] = "false"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from clarinet_site.languages import language_codes  # noqa: E402
from clarinet_site.models import HomePage, SearchEntry, StandardPage  # noqa: E402
from clarinet_site.search.indexing import index_page  # noqa: E402
from clarinet_site.search.query import entries_in, matching  # noqa: E402
from clarinet_site.search.views import RESULTS_PER_PAGE  # noqa: E402

PARENT_SLUG = "search-benchmark"
QUERIES_PER_LANGUAGE = 5


def generated_pages(home: HomePage, count: int, words: dict[str, list[str]]) -> StandardPage:
    """Add the benchmark parent and its `count` children (missing ones only), index them; return the parent."""
    parent = StandardPage.objects.child_of(home).filter(slug=PARENT_SLUG).first()
    if parent is None:
        parent = home.add_child(instance=StandardPage(title="Search benchmark", slug=PARENT_SLUG))
    existing = parent.get_children().count()
    rng = random.Random(14)
    started = time.perf_counter()
    for number in range(existing, count):
        fields = {"slug": f"bench-{number}"}
        for code in language_codes():
            pool = words[code] or words["en"]
            fields[f"title_{code}"] = " ".join(rng.choice(pool) for _ in range(5)).capitalize()
            fields[f"intro_{code}"] = " ".join(rng.choice(pool) for _ in range(25)) + "."
            paragraph = " ".join(rng.choice(pool) for _ in range(120)) + "."
            fields[f"body_{code}"] = [("paragraph", f"<p>{paragraph}</p>")]
        fields["title"] = fields["title_en"]
        page = parent.add_child(instance=StandardPage(**fields))
        index_page(page.pk)
    if count > existing:
        print(f"Added and indexed {count - existing} pages in {time.perf_counter() - started:.0f} s")
    index_page(parent.pk)
    if connection.vendor == "postgresql":
        # Dead rows gone and fresh planner statistics, as autovacuum keeps them on a live site: without
        # them the planner scans a language's rows instead of the text search index.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE clarinet_site_searchentry")
    return parent


def percentile(values: list[float], share: float) -> float:
    """Return the `share` (0..1) percentile of `values` by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=1000, help="generated pages to have (default 1000)")
    parser.add_argument("--rounds", type=int, default=20, help="requests per query word (default 20)")
    parser.add_argument("--remove", action="store_true", help="delete the generated pages at the end")
    args = parser.parse_args()

    home = HomePage.objects.first()
    if home is None:
        sys.exit("No home page: run `manage.py load_demo_content` first.")
    # The demo's own words per language (letters only, 5 or more), before any generated page.
    words = {code: [] for code in language_codes()}
    for language, title, intro, body in SearchEntry.objects.exclude(
        page__slug__startswith="bench-"
    ).values_list("text_language", "title", "intro", "body"):
        words[language].extend(w for w in re.findall(r"[^\W\d_]{5,}", f"{title} {intro} {body}"))
    words = {code: sorted(set(found)) for code, found in words.items()}
    parent = generated_pages(home, args.pages, words)

    client = Client(SERVER_NAME="localhost")
    rng = random.Random(50)
    print(f"Database: {connection.vendor}; index entries: {SearchEntry.objects.count()}")
    print(
        f"{'language':<9}{'p50 ms':>8}{'p95 ms':>8}{'no words p50':>14}{'SQL p50':>9}{'shown (mean)':>14}  queries"
    )
    for code in language_codes():
        with translation.override(code):
            url = reverse("search")
        queries = rng.sample(words[code], min(QUERIES_PER_LANGUAGE, len(words[code])))
        timings, counts = [], []
        for query in queries:
            client.get(url, {"q": query})  # warm: site root paths and templates cached, as on a live server
            for _round in range(args.rounds):
                started = time.perf_counter()
                response = client.get(url, {"q": query})
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (code, query, response.status_code)
            counts.append(response.content.count(b'class="search-result"'))
        # The same page without words (form, header, menu, footer): what any page of the site costs here.
        frame = []
        for _round in range(args.rounds):
            started = time.perf_counter()
            client.get(url)
            frame.append((time.perf_counter() - started) * 1000)
        # The search's own database work: the count and the first page of ranked rows with excerpts.
        sql = []
        for query in queries:
            for _round in range(args.rounds):
                started = time.perf_counter()
                found = matching(entries_in(code), query, code).select_related("page", "section", "document")
                found.count()
                list(found[:RESULTS_PER_PAGE])
                sql.append((time.perf_counter() - started) * 1000)
        print(
            f"{code:<9}{statistics.median(timings):>8.1f}{percentile(timings, 0.95):>8.1f}"
            f"{statistics.median(frame):>14.1f}{statistics.median(sql):>9.1f}{statistics.mean(counts):>14.1f}"
            f"  {', '.join(queries)}"
        )
    if args.remove:
        parent.delete()
        print("Generated pages removed.")


if __name__ == "__main__":
    main()

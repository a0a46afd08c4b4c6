"""Every page of the sitemap is valid HTML for the W3C Nu HTML Checker (issue 12), in one batch.

The checker is the npm package `vnu-jar`, pinned in package.json and installed by `npm ci` (make test and
.ci/run do it), run with Debian's Java. The pages come from the same gunicorn as the browser tests, in every
language the sitemap lists. A missing checker or Java fails the test, it never skips.
"""

import json
import shutil
import subprocess
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlparse
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_paths(server_url: str) -> list[str]:
    """Return the path (with query) of every <loc> in the site's sitemap, following a sitemap index."""
    paths, queue = [], [f"{server_url}/sitemap.xml"]
    while queue:
        with urllib.request.urlopen(queue.pop(), timeout=30) as response:  # noqa: S310 - our own loopback server
            tree = ElementTree.fromstring(response.read())  # noqa: S314 - our own sitemap
        for loc in tree.iter(f"{SITEMAP}loc"):
            url = urlparse(loc.text.strip())
            target = url.path + (f"?{url.query}" if url.query else "")
            if tree.tag == f"{SITEMAP}sitemapindex":
                queue.append(server_url + target)
            else:
                paths.append(target)
    return paths


def test_every_sitemap_page_has_no_html_error(server_url):
    java = shutil.which("java")
    assert java, "Java is missing: install Debian's default-jre-headless"
    assert VNU.exists(), "vnu.jar is missing: run `npm ci`"
    paths = sitemap_paths(server_url)
    assert len(paths) > 50  # every page type in eight languages
    with tempfile.TemporaryDirectory(prefix="clarinet-vnu-") as folder:
        files = {}
        for number, path in enumerate(paths):
            with urllib.request.urlopen(server_url + path, timeout=30) as response:  # noqa: S310 - loopback
                assert response.status == 200, path
                file = Path(folder) / f"page-{number}.html"
                file.write_bytes(response.read())
                files[file.name] = path
        result = subprocess.run(  # noqa: S603 - fixed arguments
            [java, "-jar", str(VNU), "--errors-only", "--format", "json", *(str(Path(folder) / name) for name in files)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(Path(urlparse(message.get('url', '')).path).name)}:{message.get('lastLine')}: {message['message']}"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert errors == [], "\n".join(errors[:40])

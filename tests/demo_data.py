"""The skeleton's and the demo's texts, read from their data files, for tests that compare pages with them."""

import json
from pathlib import Path

from clarinet_site.loading import decode_fields, retention_months

ROOT = Path(__file__).resolve().parents[1]
APPS = ["clarinet_site", "toolkit", "campaigns", "news"]


def _read(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def skeleton_entries() -> list[dict]:
    """Every app's skeleton entries (the home page first), the pages in position order."""
    entries = [entry for app in APPS for entry in _read(ROOT / app / "skeleton.json")]
    home = [entry for entry in entries if "home" in entry]
    return home + sorted((entry for entry in entries if "page" in entry), key=lambda entry: entry["position"])


def demo_actions(app: str) -> list[dict]:
    """The demo data file's actions of `app` (an app label)."""
    return _read(ROOT / app / "demo" / "content.json")


def page_texts(slug: str) -> dict:
    """A home child's texts as in the data: {"slug", "slugs", "title", "intro", "body" ...} by language.

    Skeleton fields merged with the site-wide demo's update of the page ("" is the home page).
    """
    entry = next(e for e in skeleton_entries() if e.get("page") == slug or ("home" in e and slug == ""))
    fields = dict(entry["fields"])
    for app in APPS:
        for action in demo_actions(app):
            if action.get("update") == ("" if "home" in entry else slug):
                fields.update(action["fields"])
    return _placeholders({**fields, "slug": entry.get("page", "home"), "slugs": fields.get("slug", {})})


def _placeholders(value):
    """`value` with the data's placeholders filled, as the loaders fill them."""
    if isinstance(value, dict):
        return {key: _placeholders(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_placeholders(item) for item in value]
    if isinstance(value, str):
        return value.replace("{retention_months}", str(retention_months()))
    return value


def contact_form_fields() -> list[dict]:
    """The contact page's form fields from the skeleton, as ContactFormField attributes (label_en ...)."""
    from clarinet_site.models import ContactFormField

    items = page_texts("contact")["form_fields"]["items"]
    return [decode_fields(ContactFormField, item) for item in items]


def section_pages() -> list[dict]:
    """The section index pages of the skeleton (the apps other than clarinet_site), in menu order."""
    return [
        page_texts(entry["page"])
        for entry in skeleton_entries()
        if "page" in entry and not entry["model"].startswith("clarinet_site.")
    ]


def themes() -> list[tuple[str, dict]]:
    """(slug, names by language) of the demo's themes."""
    return [
        (action["lookup"]["slug"], action["fields"]["name"])
        for action in demo_actions("clarinet_site")
        if action.get("object") == "clarinet_site.Theme"
    ]

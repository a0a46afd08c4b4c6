"""Load a demo data file: a JSON list of actions, applied in order, each creating only what is missing.

Every app keeps its demo content as data in its own folder (`<app>/demo/content.json`, declared by its
AppConfig's `demo_content`; site-wide pages in `clarinet_site/demo/content.json`). Field values follow
`clarinet_site.loading` (translated fields as dicts by language, references such as `{"$page": "news"}`).
The actions:

- `{"image": title, "kind": ..., "palette": ..., "alt": {...}, "decorative": false}`: a drawn illustration
  (`clarinet_site.demo.images`);
- `{"document": title, "filename": ..., "language": ..., "document_type": ..., "year": ..., "description":
  {...}, "text": [paragraphs], "collection": name}`: a generated PDF in the documents library (collection
  optional: the root);
- `{"collection": name, "restriction": "login"}`: a collection below the root whose documents need a login;
- `{"object": "app.Model", "lookup": {...}, "fields": {...}}`: a snippet such as a theme or partner;
- `{"settings": {...}}`: the site settings that are still empty;
- `{"page": English slug, "parent": path, "model": "app.Model", "fields": {...}}`: a page below `parent`
  (English slugs below the home page; "" for the home page);
- `{"update": path, "fields": {...}}`: fields the demo adds to an existing page (written when this run
  created the page, or on a reset).
"""

from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from wagtail.models import Collection, CollectionViewRestriction, Site

from clarinet_site.demo.images import demo_image
from clarinet_site.loading import (
    apply_page,
    current_run,
    decode_fields,
    fill,
    find_page,
    read_data,
    translated,
    upsert_object,
    write_page,
)
from clarinet_site.models import CustomDocument, SiteSettings


def load_file(path: Path) -> None:
    """Apply every action of the demo data file at `path`, in order. Raises ValueError for an unknown action."""
    for action in read_data(path):
        kind = next((name for name in ACTIONS if name in action), None)
        if kind is None:
            raise ValueError(f"{path}: unknown demo action {sorted(action)}")
        ACTIONS[kind](action)


def _image(action: dict[str, Any]) -> None:
    demo_image(action["image"], action["alt"], action["kind"], action["palette"], action["decorative"])


def _collection(action: dict[str, Any]) -> Collection:
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=action["collection"]).first()
    if collection is None:
        collection = root.add_child(name=action["collection"])
    if action.get("restriction") == "login":
        CollectionViewRestriction.objects.get_or_create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def _document(action: dict[str, Any]) -> None:
    """Create the document with its generated PDF if missing; later runs fill only its empty metadata (all of
    it on a reset), so editors' changes stay."""
    try:
        from clarinet_site.demo.pdf import make_pdf
    except ImportError as error:  # fpdf2 comes with the optional `demo` extra only
        raise CommandError(
            f'The demo\'s PDFs need the demo extra: pip install -e ".[demo]" ({error})'
        ) from error

    root = Collection.get_first_root_node()
    collection = root.get_children().get(name=action["collection"]) if "collection" in action else root
    document = CustomDocument.objects.filter(title=action["document"]).first()
    values = {
        "collection": collection,
        "language": action["language"],
        "document_type": action["document_type"],
        "year": action["year"],
        **translated("description", action["description"]),
    }
    if document is None:
        # Complete metadata: listed in the Downloads library (a private collection still hides it).
        document = CustomDocument(title=action["document"], listed=True, **values)
        pdf = make_pdf(action["document"], action["text"], action["language"])
        document.file.save(action["filename"], ContentFile(pdf), save=False)
        document._set_document_file_metadata()  # size and hash, as Wagtail's upload form sets them
        document.save()
        current_run().note_created(document)
    elif fill(document, values):
        document.save()


def _object(action: dict[str, Any]) -> None:
    model = apps.get_model(action["object"])
    upsert_object(model, action["lookup"], **decode_fields(model, action["fields"]))


def _settings(action: dict[str, Any]) -> None:
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    # Only the empty settings: the coordinator's own texts stay.
    if fill(site_settings, decode_fields(SiteSettings, action["settings"])):
        site_settings.save()


def _page(action: dict[str, Any]) -> None:
    apply_page(find_page(action["parent"]), action)


def _update(action: dict[str, Any]) -> None:
    page = find_page(action["update"])
    write_page(page, **decode_fields(type(page), action["fields"]))


ACTIONS = {
    "image": _image,
    "document": _document,
    "collection": _collection,
    "object": _object,
    "settings": _settings,
    "page": _page,
    "update": _update,
}

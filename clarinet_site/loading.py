"""Writing pages and objects from data files without ever overwriting an editor's work.

Used by `manage.py create_site` (the site's skeleton) and `manage.py load_demo_content` (the demo). A normal
run creates only the pages, snippets, images and documents that are missing, and leaves every existing one
exactly as editors left it. A reset run (`load_demo_content --reset`) writes the data over its existing pages
and objects. Each loader asks `current_run()` which of the two is going on; `load_run()` sets it for one
command.

Data files are JSON (each app's `skeleton.json` and `demo/content.json`). A page or object is a dict of model
fields; `decode_fields()` turns it into model attributes:

- a translated field (registered with modeltranslation) is a dict by language: `{"title": {"en": ..., "hu":
  ...}}` becomes `title_en`, `title_hu`;
- a StreamField is a list of `[block type, value]` pairs;
- references: `{"$page": "toolkit/general-principles"}` (a page by its English slugs below the home page,
  "" for the home page), `{"$image": title}`, `{"$document": title}`, `{"$partner": name}`,
  `{"$theme": slug}`, `{"$date": "2021-10-02"}`;
- child objects (inline panels): `{"$children": "app.Model", "items": [{fields}, ...]}`;
- `{retention_months}` in any text becomes the contact messages' retention period in months.
"""

import datetime
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from clarinet_site.languages import language_codes
from clarinet_site.models import HomePage, PartnerOrganisation, Theme


@dataclass
class LoadRun:
    """What one load (of the skeleton or the demo) may do, and what it created.

    `reset`: True to write the data over existing objects; False to create only what is missing.
    `created`: how many objects of each model (verbose name) were created, for the command's report.
    """

    reset: bool = False
    created: Counter = field(default_factory=Counter)
    new_page_ids: set[int] = field(default_factory=set)

    def may_write(self, obj: models.Model) -> bool:
        """Return True if the load may change `obj`: a reset, or a page this run created itself."""
        return self.reset or obj.pk in self.new_page_ids

    def note_created(self, obj: models.Model) -> None:
        """Count `obj` as created by this run; a page stays writable for the rest of the run."""
        self.created[str(obj._meta.verbose_name_plural)] += 1
        if isinstance(obj, Page):
            self.new_page_ids.add(obj.pk)


_current_run: ContextVar[LoadRun | None] = ContextVar("load_run", default=None)


def current_run() -> LoadRun:
    """Return the run in progress; outside `load_run()`, a fresh non-destructive run for this one call."""
    return _current_run.get() or LoadRun()


@contextmanager
def load_run(reset: bool = False) -> Iterator[LoadRun]:
    """Run the loaders inside with a fresh `LoadRun` (non-destructive unless `reset`); yield it."""
    token = _current_run.set(LoadRun(reset=reset))
    try:
        yield _current_run.get()
    finally:
        _current_run.reset(token)


def translated(field: str, values: dict[str, Any]) -> dict[str, Any]:
    """Turn {"en": ..., "hu": ...} into {"field_en": ..., "field_hu": ...} for modeltranslation columns."""
    unknown = set(values) - set(language_codes())
    if unknown:
        raise ValueError(f"Unknown language codes {sorted(unknown)} for {field}")
    return {f"{field}_{code}": value for code, value in values.items()}


def find_child_page(parent: Page, slug: str) -> Page | None:
    """Return the child of `parent` that a load created under the English slug `slug`, or None.

    The page is found by its English slug today or in any of its revisions, so a page whose slug an editor
    changed is still recognised (and not created a second time).
    """
    children = Page.objects.child_of(parent)
    page = children.filter(slug_en=slug).first()
    if page is None:
        ids = [str(pk) for pk in children.values_list("pk", flat=True)]
        revision = (
            Revision.page_revisions.filter(object_id__in=ids, content__slug_en=slug).order_by("pk").first()
            if ids
            else None
        )
        page = children.filter(pk=int(revision.object_id)).first() if revision else None
    return page


def upsert_page(parent: Page, model: type[Page], slug: str, **fields: Any) -> Page:
    """Return the child of `parent` with the English slug `slug`, creating and publishing it if missing.

    `fields` are model attributes, typically built with `translated()` (`title_en` is required); they may
    include parental many-to-many fields and child relations (themes, gallery images). An existing page is
    left as editors left it, unless the run is a reset (or this run created it), when `fields` are written
    and published again. Returns the specific page. Raises ValueError when no English title is given.
    """
    if not fields.get("title_en"):
        raise ValueError(f"Page {slug!r} needs an English title")
    run = current_run()
    with translation.override("en"):
        existing = find_child_page(parent, slug)
        if existing is None:
            page = model(slug=slug, slug_en=slug, title=fields["title_en"])
            for name, value in fields.items():
                setattr(page, name, value)
            parent.add_child(instance=page)
            page.save_revision().publish()
            run.note_created(page)
        else:
            page = existing.specific
            if not run.may_write(page):
                return page
            page.slug = page.slug_en = slug
            write_page(page, **fields)
        page.refresh_from_db()
        return page


def write_page(page: Page, **fields: Any) -> bool:
    """Set `fields` on `page` and publish it, if the run may change it; return True if it did.

    Used for what the demo adds to a page the skeleton created (an index page's body, say).
    """
    run = current_run()
    if not run.may_write(page):
        return False
    with translation.override("en"):
        for name, value in fields.items():
            setattr(page, name, value)
        revision = page.save_revision()
        revision.publish()
    if page.pk in run.new_page_ids and getattr(page, "translation_edited_at", None):
        # Created and completed in one run: one authoring act, so every language written is as recent as the
        # English (else the languages the second write left alone would show as out of date).
        latest = max(page.translation_edited_at.values())
        stamps = dict.fromkeys(page.translation_edited_at, latest)
        type(page).objects.filter(pk=page.pk).update(translation_edited_at=stamps)
        revision.content["translation_edited_at"] = stamps
        revision.save(update_fields=["content"])
        page.translation_edited_at = stamps
    return True


def upsert_object(model: type[models.Model], lookup: dict[str, Any], **fields: Any) -> models.Model:
    """Return the `model` row matching `lookup`, creating it with `fields` if missing.

    An existing row is updated with `fields` only on a reset, so editors' changes survive a normal run.
    """
    run = current_run()
    if run.reset:
        obj, created = model.objects.update_or_create(**lookup, defaults=fields)
    else:
        obj, created = model.objects.get_or_create(**lookup, defaults=fields)
    if created:
        run.note_created(obj)
    return obj


def fill(obj: models.Model, values: dict[str, Any]) -> bool:
    """Set each attribute of `values` on `obj` where it is unset (or everywhere on a reset); return True if any
    changed. The caller saves `obj`. For settings and media metadata, where a missing value is per field.

    Unset means empty, or still the model field's default (a value no editor chose).
    """
    reset = current_run().reset
    changed = False
    for name, value in values.items():
        current = getattr(obj, name)
        if (reset or _unset(obj, name, current)) and current != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _unset(obj: models.Model, name: str, current: Any) -> bool:
    if current in (None, ""):
        return True
    try:
        field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field.has_default() and current == field.get_default()


def read_data(path: Path) -> Any:
    """Return the parsed JSON data file at `path` (an app's `skeleton.json` or `demo/content.json`)."""
    with open(path, encoding="utf-8") as data:
        return json.load(data)


def retention_months() -> int:
    """Return CONTACT_RETENTION_DAYS as whole months (365 days -> 12), for texts that state the period."""
    return max(1, round(settings.CONTACT_RETENTION_DAYS / 30.44))


def find_page(path: str) -> Page:
    """Return the page at `path`, English slugs below the home page ("" is the home page itself).

    Each step is found like `find_child_page` (also after an editor renamed it). Raises Page.DoesNotExist when
    a step is missing: data may only refer to pages created before it.
    """
    page = HomePage.objects.first()
    for slug in filter(None, path.split("/")):
        page = find_child_page(page, slug) if page else None
    if page is None:
        raise Page.DoesNotExist(f"No page at {path!r} below the home page")
    return page.specific


def _reference(key: str, value: Any) -> Any:
    lookups = {
        "$image": lambda title: get_image_model().objects.get(title=title),
        "$document": lambda title: get_document_model().objects.get(title=title),
        "$partner": lambda name: PartnerOrganisation.objects.filter(name=name).first(),
        "$theme": lambda slug: Theme.objects.get(slug=slug),
        "$page": find_page,
        "$date": datetime.date.fromisoformat,
    }
    return lookups[key](value)


def decode(value: Any) -> Any:
    """Return a data-file value as Python: references resolved, child objects built, placeholders filled.

    Raises KeyError for an unknown `$` reference, and the model's DoesNotExist for a missing image, document,
    theme or page (data may refer only to what it created before).
    """
    if isinstance(value, dict):
        if len(value) == 1 and next(iter(value)).startswith("$"):
            return _reference(*next(iter(value.items())))
        if "$children" in value:
            model = apps.get_model(value["$children"])
            children = []
            for order, item in enumerate(value["items"]):
                child = model(**decode_fields(model, item))
                if hasattr(child, "sort_order"):
                    child.sort_order = order
                children.append(child)
            return children
        return {name: decode(item) for name, item in value.items()}
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, str) and "{retention_months}" in value:
        return value.replace("{retention_months}", str(retention_months()))
    return value


def translated_fields(model: type[models.Model]) -> set[str]:
    """Return the names of `model`'s fields registered with modeltranslation (empty when none)."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def decode_fields(model: type[models.Model], data: dict[str, Any]) -> dict[str, Any]:
    """Return model attributes for `model` from a data-file dict (see the module's docstring).

    Raises ValueError for a language code the site does not have.
    """
    names = translated_fields(model)
    fields = {}
    for name, value in data.items():
        stream = isinstance(_field(model, name), StreamField)
        if name in names and isinstance(value, dict):
            values = {code: _decode_value(item, stream) for code, item in value.items()}
            fields.update(translated(name, values))
        else:
            fields[name] = _decode_value(value, stream)
    return fields


def _field(model: type[models.Model], name: str) -> Any:
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _decode_value(value: Any, stream: bool) -> Any:
    if stream and isinstance(value, list):
        # StreamField content: (block type, value) pairs
        return [(block_type, decode(block)) for block_type, block in value]
    return decode(value)


def apply_page(parent: Page, spec: dict[str, Any]) -> Page:
    """Create the page `spec` describes under `parent` if missing (see `upsert_page`); return it.

    `spec`: {"page": English slug, "model": "app.Model", "fields": {...}} as in the data files.
    """
    model = apps.get_model(spec["model"])
    return upsert_page(parent, model, spec["page"], **decode_fields(model, spec["fields"]))

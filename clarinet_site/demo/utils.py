"""Helpers for writing the demo content without ever overwriting an editor's work.

A normal run (`manage.py load_demo_content`, run by `make run` every time) creates only the demo pages,
snippets, images and documents that are missing, and leaves every existing one exactly as editors left it.
A reset run (`load_demo_content --reset`) writes the demo's own content over its existing pages and objects.
Each loader asks `current_run()` which of the two is going on; `demo_run()` sets it for one command.
"""

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from wagtail.models import Page, Revision

from clarinet_site.languages import language_codes


@dataclass
class DemoRun:
    """What one load of the demo content may do, and what it created.

    `reset`: True to write the demo over existing objects; False to create only what is missing.
    `created`: how many objects of each model (verbose name) were created, for the command's report.
    """

    reset: bool = False
    created: Counter = field(default_factory=Counter)
    new_page_ids: set[int] = field(default_factory=set)

    def may_write(self, obj: models.Model) -> bool:
        """Return True if the demo may change `obj`: a reset, or a page this run created itself."""
        return self.reset or obj.pk in self.new_page_ids

    def note_created(self, obj: models.Model) -> None:
        """Count `obj` as created by this run; a page stays writable for the rest of the run."""
        self.created[str(obj._meta.verbose_name_plural)] += 1
        if isinstance(obj, Page):
            self.new_page_ids.add(obj.pk)


_current_run: ContextVar[DemoRun | None] = ContextVar("demo_run", default=None)


def current_run() -> DemoRun:
    """Return the run in progress; outside `demo_run()`, a fresh non-destructive run for this one call."""
    return _current_run.get() or DemoRun()


@contextmanager
def demo_run(reset: bool = False) -> Iterator[DemoRun]:
    """Run the loaders inside with a fresh `DemoRun` (non-destructive unless `reset`); yield it."""
    token = _current_run.set(DemoRun(reset=reset))
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


def find_demo_page(parent: Page, slug: str) -> Page | None:
    """Return the child of `parent` that the demo created under the English slug `slug`, or None.

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
    """Return the demo child of `parent` with the English slug `slug`, creating and publishing it if missing.

    `fields` are model attributes, typically built with `translated()` (`title_en` is required); they may
    include parental many-to-many fields and child relations (themes, gallery images). An existing page is
    left as editors left it, unless the run is a reset (or this run created it), when `fields` are written
    and published again. Returns the specific page. Raises ValueError when no English title is given.
    """
    if not fields.get("title_en"):
        raise ValueError(f"Page {slug!r} needs an English title")
    run = current_run()
    with translation.override("en"):
        existing = find_demo_page(parent, slug)
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

    Used for what a section adds to a page the site-wide demo created (an index page's body, say).
    """
    if not current_run().may_write(page):
        return False
    with translation.override("en"):
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
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

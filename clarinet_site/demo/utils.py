"""Idempotent helpers for writing demo pages and snippets: running the loader twice changes nothing."""

from typing import Any

from django.db import models
from django.utils import translation
from wagtail.models import Page

from clarinet_site.languages import language_codes


def translated(field: str, values: dict[str, Any]) -> dict[str, Any]:
    """Turn {"en": ..., "hu": ...} into {"field_en": ..., "field_hu": ...} for modeltranslation columns."""
    unknown = set(values) - set(language_codes())
    if unknown:
        raise ValueError(f"Unknown language codes {sorted(unknown)} for {field}")
    return {f"{field}_{code}": value for code, value in values.items()}


def upsert_page(parent: Page, model: type[Page], slug: str, **fields: Any) -> Page:
    """Create or update the child of `parent` whose English slug is `slug`, then publish it.

    `fields` are model attributes, typically built with `translated()`; `title_en` is required.
    Returns the specific page. Raises ValueError when no English title is given.
    """
    if not fields.get("title_en"):
        raise ValueError(f"Page {slug!r} needs an English title")
    with translation.override("en"):
        existing = Page.objects.child_of(parent).filter(slug_en=slug).first()
        if existing is None:
            page = model(slug=slug, slug_en=slug, title=fields["title_en"], **fields)
            parent.add_child(instance=page)
        else:
            page = existing.specific
            for name, value in fields.items():
                setattr(page, name, value)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


def upsert_object(model: type[models.Model], lookup: dict[str, Any], **fields: Any) -> models.Model:
    """Create or update the one `model` row matching `lookup` with `fields`; return it."""
    obj, _created = model.objects.update_or_create(**lookup, defaults=fields)
    return obj

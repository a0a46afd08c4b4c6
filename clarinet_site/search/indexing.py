"""Writing the search index (`SearchEntry`): one row per page or document and language it is listed in.

A page gets a row in each language it is listed in (`BasePage.is_listed_in`: available, or marked for every
language and then searched in English); a document gets one row, in its own language, when the downloads
library lists it (`clarinet_site.queries.public_documents`). Private pages and documents (a view restriction on
them or above) and pages outside a site get none. Each function replaces an object's rows whole, so it can
run any number of times, in any order.
"""

import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone, translation
from wagtail.models import Page, Site
from wagtail.search import index

from clarinet_site.languages import DatePrecision, language_codes
from clarinet_site.models import BasePage, CustomDocument
from clarinet_site.models.search_index import DOCUMENT_KIND, SearchEntry
from clarinet_site.queries import public_documents

from .configs import configuration, fold

# Fields that are the row's title and intro; every other searchable field of a page goes into its body.
OWN_COLUMNS = ("title", "intro")


def uses_text_search() -> bool:
    """True on PostgreSQL, where rows get a `tsvector` and queries use text search; False on SQLite."""
    return connection.vendor == "postgresql"


def page_body(page: BasePage, language_code: str) -> str:
    """Return the text of `page`'s searchable fields besides title and intro, in `language_code`.

    The fields are the page type's `index.SearchField`s (the ones Wagtail's own search indexes); a field with
    a column per language is read in that language only (no English fallback), StreamField and rich text
    through their `get_searchable_content` (blocks' text, HTML removed).
    """
    parts = []
    for search_field in page.search_fields:
        name = search_field.field_name
        if not isinstance(search_field, index.SearchField) or name in OWN_COLUMNS:
            continue
        if name.rsplit("_", 1)[-1] in language_codes():
            continue  # wagtail-modeltranslation's own per-language entries ("title_hu")
        column = f"{name}_{language_code}"
        if not hasattr(page, column):
            column = name
        value = getattr(page, column, None)
        if not value:
            continue
        try:
            field = page._meta.get_field(column)
        except FieldDoesNotExist:  # a search field may name a method or property, not a model field
            field = None
        if field is not None and hasattr(field, "get_searchable_content"):
            # A choice block's label ("Social media") is indexed in the row's language.
            with translation.override(language_code):
                parts.extend(str(text) for text in field.get_searchable_content(value))
        else:
            parts.append(str(value))
    return "\n".join(part for part in parts if part.strip())


def page_date(page: BasePage) -> tuple[datetime.date | None, str]:
    """Return (date, precision) a result shows for `page`: a news item's date, a training's or campaign's
    start (to the day or the month), else the day it was first published."""
    own = getattr(page, "date", None)
    if isinstance(own, datetime.date):
        return own, DatePrecision.DAY
    start = getattr(page, "start_date", None)
    if isinstance(start, datetime.date):
        return start, getattr(page, "start_precision", None) or DatePrecision.DAY
    if page.first_published_at:
        return timezone.localdate(page.first_published_at), DatePrecision.DAY
    return None, DatePrecision.DAY


def section_of(page: Page, site_root: Page) -> Page | None:
    """Return the child of `site_root` that `page` is in (or is), None for the root itself."""
    if page.depth <= site_root.depth:
        return None
    return Page.objects.filter(path=page.path[: (site_root.depth + 1) * Page.steplen]).first()


def _site_root_for(page: Page) -> Page | None:
    """Return the root page of the site `page` belongs to, or None when it is in no site."""
    for site in Site.objects.select_related("root_page"):
        if page.path.startswith(site.root_page.path):
            return site.root_page
    return None


def _entry(text_language: str, language: str, **fields) -> SearchEntry:
    """Return an unsaved row with `folded_text` filled from its title, intro and body."""
    entry = SearchEntry(language=language, text_language=text_language, **fields)
    entry.folded_text = fold(" ".join([entry.title, entry.intro, entry.body]))
    return entry


def page_entries(page: BasePage, site_root: Page) -> list[SearchEntry]:
    """Return the unsaved rows of the live, public `page` (specific), one per language it is listed in."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    section = section_of(page, site_root)
    date, precision = page_date(page)
    common = {
        "page": page,
        "kind": page._meta.label_lower,
        "section": section,
        "date": date,
        "date_precision": precision,
    }
    entries = []
    for code in language_codes():
        if not page.is_listed_in(code):
            continue
        text_language = code if page.is_available(code) else default
        entries.append(
            _entry(
                text_language,
                code,
                title=getattr(page, f"title_{text_language}", None) or page.title,
                intro=getattr(page, f"intro_{text_language}", None) or "",
                body=page_body(page, text_language),
                **common,
            )
        )
    return entries


def save_entries(entries: list[SearchEntry]) -> None:
    """Insert `entries` and, on PostgreSQL, build each one's `search_vector` with its text's configuration.

    Title, intro and body get the weights A, B and C, so a match in a title ranks above one in an intro,
    which ranks above one in the body (PostgreSQL's `setweight`).
    """
    created = SearchEntry.objects.bulk_create(entries)
    if not uses_text_search() or not created:
        return
    for text_language in {entry.text_language for entry in created}:
        config = configuration(text_language)
        vector = (
            SearchVector("title", weight="A", config=config)
            + SearchVector("intro", weight="B", config=config)
            + SearchVector("body", weight="C", config=config)
        )
        ids = [entry.pk for entry in created if entry.text_language == text_language]
        SearchEntry.objects.filter(pk__in=ids).update(search_vector=vector)


def index_page(page_id: int) -> int:
    """Replace the rows of page `page_id` by its current state; return how many rows it now has.

    A page that is gone, not live, private (a view restriction on it or above), not a CLARINET page, or
    outside every site has none.
    """
    with transaction.atomic():
        SearchEntry.objects.filter(page_id=page_id).delete()
        page = Page.objects.filter(pk=page_id).first()
        if page is None or not page.live or page.get_view_restrictions().exists():
            return 0
        page = page.specific
        site_root = _site_root_for(page)
        if not isinstance(page, BasePage) or site_root is None:
            return 0
        entries = page_entries(page, site_root)
        save_entries(entries)
        return len(entries)


def index_page_tree(page_id: int) -> int:
    """Replace the rows of page `page_id` and of every page under it (after a move or a change of privacy);
    return the number of rows written."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    ids = Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    return sum(index_page(pk) for pk in ids)


def document_entry(document: CustomDocument, section: Page | None) -> SearchEntry:
    """Return the unsaved row of a listed document, in its own language (description falling back to
    English), its section the downloads library."""
    language = document.language
    description = getattr(document, f"description_{language}", None) or document.description or ""
    return _entry(
        language,
        language,
        document=document,
        kind=DOCUMENT_KIND,
        section=section,
        date=datetime.date(document.year, 1, 1) if document.year else None,
        title=document.title,
        intro=description,
        body="",
    )


def downloads_section() -> Page | None:
    """Return the live page that lists the documents (a page type with `is_document_library = True`, the
    downloads library), or None. Found through Wagtail's page models: site-wide code names no section."""
    from wagtail.models import get_page_models

    libraries = [model for model in get_page_models() if getattr(model, "is_document_library", False)]
    return Page.objects.live().type(*libraries).first() if libraries else None


def index_document(document_id: int) -> int:
    """Replace the row of document `document_id`; return 1 when the downloads library lists it, else 0."""
    with transaction.atomic():
        SearchEntry.objects.filter(document_id=document_id).delete()
        document = public_documents().filter(pk=document_id).first()
        if document is None:
            return 0
        save_entries([document_entry(document, downloads_section())])
        return 1


def index_documents() -> int:
    """Replace the rows of every document (after a collection's privacy changed); return the rows written."""
    with transaction.atomic():
        SearchEntry.objects.filter(document__isnull=False).delete()
        section = downloads_section()
        entries = [document_entry(document, section) for document in public_documents()]
        save_entries(entries)
        return len(entries)


def rebuild() -> int:
    """Empty the index and index every live page and listed document again; return the rows written."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        roots = [site.root_page for site in Site.objects.select_related("root_page")]
        if roots:
            in_sites = Q()
            for root in roots:
                in_sites |= Q(path__startswith=root.path)
            pages = Page.objects.live().filter(in_sites).exclude(depth__lte=1).order_by("path")
            written = sum(index_page(pk) for pk in pages.values_list("pk", flat=True))
        else:
            written = 0
        return written + index_documents()

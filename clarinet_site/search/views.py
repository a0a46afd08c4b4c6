"""The search page of every language (`/en/search/`, `/hu/kereses/` ...): results, filters and paging.

The address is a translated URL route (`pgettext("URL path", "search/")`), not a page in the tree: it exists
in every language on a fresh database without editors or a migration creating pages, and its translated path
comes from the interface translations. GET parameters: `q` (the words), `section` and `type` (filters,
ignored and reported when not understood), `page` (past the last gives the last page, as in the other
listings). A query longer than MAX_QUERY_LENGTH answers 400 with a message; nothing a visitor types gives a 500.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from clarinet_site.languages import current_language, format_date, language_codes
from clarinet_site.models.search_index import DOCUMENT_KIND, SearchEntry

from .query import entries_in, excerpt_html, has_words, matching

RESULTS_PER_PAGE = 20
#: Longer than any real search (a title is at most 255 characters): a visitor gets a message, not a query.
MAX_QUERY_LENGTH = 200


@dataclass
class Result:
    """One result as the template shows it."""

    title: str
    url: str
    kind: str
    section: str
    date: str
    excerpt: str
    #: The language of the title and excerpt when it is not the page's ("en" for a page in English).
    lang: str


@dataclass
class IgnoredFilter:
    """A filter parameter whose value was not understood and was left out."""

    label: str
    value: str


def printable(raw: str) -> str:
    """Return `raw` with NUL bytes and other control characters as spaces (PostgreSQL text cannot hold NUL),
    and runs of spaces as one."""
    return " ".join("".join(char if char.isprintable() else " " for char in raw).split())


def clean_query(raw: str) -> tuple[str, str, int]:
    """Return (words to search for, message, HTTP status) from the visitor's `q`.

    The message is empty when the words can be searched; otherwise it says why not and the words are "":
    longer than MAX_QUERY_LENGTH gives status 400, no letter or digit at all (only punctuation) 200.
    """
    text = printable(raw)
    if len(text) > MAX_QUERY_LENGTH:
        message = _("Your search is too long. Use at most %(limit)d characters.") % {"limit": MAX_QUERY_LENGTH}
        return "", str(message), 400
    if text and not has_words(text):
        return "", str(_("Type at least one word to search for.")), 200
    return text, "", 200


def kind_label(kind: str) -> str:
    """Return what a visitor reads for a row's `kind` in the active language: "Document", or the page type's
    `search_type_name` ("Good practice", "News"; "Page" for the home, section and other pages)."""
    if kind == DOCUMENT_KIND:
        return str(_("Document"))
    try:
        model = apps.get_model(kind)
    except (LookupError, ValueError):
        return kind
    return capfirst(str(getattr(model, "search_type_name", model._meta.verbose_name)))


def type_groups(kinds: list[str]) -> dict[str, tuple[str, list[str]]]:
    """Return the content type filter's choices for the row `kinds` (model labels) of a language.

    Kinds a visitor reads under the same name (all the "Page"s) are one choice. Keys are that name in
    English as a slug ("good-practice"), so a filtered address means the same in every language; values are
    (name in the active language, kinds), sorted by name.
    """
    groups: dict[str, tuple[str, list[str]]] = {}
    for kind in sorted(kinds):
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            key = slugify(kind_label(kind))
        groups.setdefault(key, (kind_label(kind), []))[1].append(kind)
    return dict(sorted(groups.items(), key=lambda item: item[1][0].casefold()))


def language_urls() -> dict[str, str]:
    """Return the search page's address in every language, for the language switcher."""
    urls = {}
    for code in language_codes():
        with translation.override(code):
            urls[code] = reverse("search")
    return urls


def _result(entry: SearchEntry, text: str, request: HttpRequest, language_code: str) -> Result:
    """Return what the template shows for a matching row (its page, section and document are joined in)."""
    if entry.document_id:
        document = entry.document
        url = document.url
        kind = f"{kind_label(DOCUMENT_KIND)} · {document.get_document_type_display()}"
        date = str(document.year) if document.year else ""
    else:
        url = entry.page.get_url(request)
        kind = kind_label(entry.kind)
        date = format_date(entry.date, entry.date_precision) if entry.date else ""
    return Result(
        title=entry.title,
        url=url,
        kind=kind,
        section=entry.section.title if entry.section_id and entry.section else "",
        date=date,
        excerpt=excerpt_html(entry.excerpt_raw or "", text),
        lang=entry.text_language if entry.text_language != language_code else "",
    )


def search(request: HttpRequest) -> HttpResponse:
    """Render the search page of the active language: the form, and the results when there are words."""
    code = current_language()
    text, message, status = clean_query(request.GET.get("q", ""))
    entries = entries_in(code)

    sections = {
        str(page.pk): page.title
        for page in Page.objects.live().filter(pk__in=entries.values("section_id")).order_by("path")
    }
    types = type_groups(list(entries.order_by().values_list("kind", flat=True).distinct()))
    type_choices = {key: name for key, (name, _kinds) in types.items()}
    filters = {"section": (sections, _("Section")), "type": (type_choices, _("Content type"))}
    selected, ignored = {}, []
    for name, (choices, label) in filters.items():
        value = request.GET.get(name, "").strip()
        if value in choices:
            selected[name] = value
        elif value:
            ignored.append(IgnoredFilter(label=str(label), value=printable(value)[:60]))
    if "section" in selected:
        entries = entries.filter(section_id=int(selected["section"]))
    if "type" in selected:
        entries = entries.filter(kind__in=types[selected["type"]][1])

    results_page, results = None, []
    if text:
        found = matching(entries, text, code).select_related("page", "section", "document")
        results_page = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results = [_result(entry, text, request, code) for entry in results_page.object_list]

    context = {
        "query": printable(request.GET.get("q", ""))[:MAX_QUERY_LENGTH],
        "searched": bool(text),
        "message": message,
        "results": results,
        "results_page": results_page,
        "section_choices": sections,
        "type_choices": type_choices,
        "selected_section": selected.get("section", ""),
        "selected_type": selected.get("type", ""),
        "ignored_filters": ignored,
        "language_urls": language_urls(),
    }
    return render(request, "clarinet_site/search_page.html", context, status=status)

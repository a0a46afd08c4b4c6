"""Finding a language's search results in the index: text search on PostgreSQL, plain matching elsewhere.

On PostgreSQL the visitor's words go through `websearch_to_tsquery` with the language's configuration (so
quotes, `or` and `-word` work as on web search engines, and no input is a syntax error), rows are ranked
by `ts_rank` with title over intro over body, and the excerpt comes from `ts_headline`. On SQLite every word
must appear in the row, accents and case aside, and results come by title.
"""

import html
import re

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, Q, QuerySet, TextField, Value
from django.db.models.functions import Concat
from django.utils.safestring import SafeString, mark_safe

from clarinet_site.models.search_index import SearchEntry

from .configs import configuration, fold
from .indexing import uses_text_search

# Private-use characters around a highlighted word: the excerpt is escaped as text first, then they become
# <mark> and </mark>, so nothing an editor typed can become markup.
START, STOP = "\ue000", "\ue001"
EXCERPT_WORDS = 35
FRAGMENT_DELIMITER = " … "


def entries_in(language_code: str) -> QuerySet:
    """Return every row a visitor of `language_code` may find (before matching)."""
    return SearchEntry.objects.filter(language=language_code)


def matching(entries: QuerySet, text: str, language_code: str) -> QuerySet:
    """Return the rows of `entries` that match the visitor's `text`, best first, with `excerpt_raw`.

    `text` must be cleaned first (`clarinet_site.search.views.clean_query`): no NUL byte, a bounded length.
    """
    if uses_text_search():
        return _ranked(entries, text, language_code)
    words = fold(text).split()
    for word in words:
        entries = entries.filter(folded_text__contains=word)
    return entries.annotate(excerpt_raw=Concat("intro", Value(" "), "body", output_field=TextField())).order_by("title", "pk")


def _ranked(entries: QuerySet, text: str, language_code: str) -> QuerySet:
    """PostgreSQL: match, rank and excerpt with the language's configuration (and English for the pages
    shown in every language in English)."""
    query = SearchQuery(text, config=configuration(language_code), search_type="websearch")
    match = Q(text_language=language_code, search_vector=query)
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if language_code != default:
        english = SearchQuery(text, config=configuration(default), search_type="websearch")
        match |= Q(text_language=default, search_vector=english)
        query = query | english
    return (
        entries.filter(match)
        .annotate(
            rank=SearchRank(F("search_vector"), query),
            excerpt_raw=SearchHeadline(
                Concat("intro", Value(" "), "body", output_field=TextField()),
                query,
                config=configuration(language_code),
                start_sel=START,
                stop_sel=STOP,
                max_words=EXCERPT_WORDS,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=FRAGMENT_DELIMITER,
            ),
        )
        .order_by("-rank", "title", "pk")
    )


def excerpt_html(raw: str, text: str) -> SafeString:
    """Return the excerpt as safe HTML, matched words in <mark>.

    `raw` is PostgreSQL's headline (matches between START and STOP) or, on SQLite, the row's whole intro and
    body, cut here to about EXCERPT_WORDS words around the first word of `text` found.
    """
    if START not in raw:
        raw = _plain_excerpt(raw, text)
    escaped = html.escape(" ".join(raw.split()))
    return mark_safe(escaped.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308 - escaped above


def _plain_excerpt(raw: str, text: str) -> str:
    """Return about EXCERPT_WORDS words of `raw` from near the first match of a word of `text`, the matches
    between START and STOP (compared without accents or case)."""
    words = raw.split()
    wanted = [word for word in fold(text).split() if word]
    first = next(
        (i for i, word in enumerate(words) if any(w in fold(word) for w in wanted)),
        0,
    )
    start = max(0, first - 5)
    shown = words[start : start + EXCERPT_WORDS]
    marked = [_mark(word) if any(w in fold(word) for w in wanted) else word for word in shown]
    prefix = "… " if start else ""
    suffix = " …" if start + EXCERPT_WORDS < len(words) else ""
    return prefix + " ".join(marked) + suffix


def _mark(word: str) -> str:
    """Return `word` between START and STOP, punctuation around it left outside ("Constanța;")."""
    match = re.fullmatch(r"(\W*)(.*?)(\W*)", word)
    return f"{match[1]}{START}{match[2]}{STOP}{match[3]}"


def has_words(text: str) -> bool:
    """True when `text` holds at least one letter or digit (in any script): something to search for."""
    return any(char.isalnum() for char in text)

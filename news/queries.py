"""Queries of the downloads library."""

from django.db.models import Q, QuerySet

from clarinet_site.languages import language_codes

#: Words of a downloads search beyond this many are left out (each word is one more condition).
MAX_SEARCH_WORDS = 10


def matching_documents(documents: QuerySet, text: str) -> QuerySet:
    """Return the `documents` whose title or description (in any language) holds every word of `text`.

    Case-insensitive; `text` must hold no NUL byte (`clarinet_site.search.views.printable`). Adds a WHERE
    clause only, no query; the downloads library combines it with its type, language and year filters.
    """
    for word in text.split()[:MAX_SEARCH_WORDS]:
        in_text = Q(title__icontains=word)
        for code in language_codes():
            in_text |= Q(**{f"description_{code}__icontains": word})
        documents = documents.filter(in_text)
    return documents

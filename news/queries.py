"""Queries of the downloads library."""

from django.db.models import Q, QuerySet
from wagtail.models import CollectionViewRestriction

from clarinet_site.languages import language_codes
from clarinet_site.models import CustomDocument


def public_documents() -> QuerySet:
    """Return the documents visitors may see: those an editor ticked as listed, with a title, language, type
    and year (`CustomDocument.LISTING_FIELDS`), and none from a collection with a view restriction or under one.

    Wagtail applies a collection's view restrictions to its descendants too
    (`Collection.get_view_restrictions`), so a document is private when its collection's path starts with
    a restricted collection's path. Costs one query for the restrictions.
    """
    restricted_paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    documents = CustomDocument.objects.filter(listed=True)
    for name in CustomDocument.LISTING_FIELDS:
        empty = {f"{name}__isnull": True} if CustomDocument._meta.get_field(name).null else {name: ""}
        documents = documents.exclude(**empty)
    if restricted_paths:
        private = Q()
        for path in restricted_paths:
            private |= Q(collection__path__startswith=path)
        documents = documents.exclude(private)
    return documents


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

"""Queries of the downloads library."""

from django.db.models import Q, QuerySet
from wagtail.models import CollectionViewRestriction

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

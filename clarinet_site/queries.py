"""Queries shared by the listings of every app."""

from django.db.models import QuerySet


def with_listing_images(pages: QuerySet, *also: str) -> QuerySet:
    """Return `pages` with each listing image and its renditions fetched in bulk, plus the `also` relations.

    A card then costs no query of its own, so a listing's query count does not grow with its length (the
    design's rule for listing pages).
    """
    return pages.select_related("listing_image").prefetch_related("listing_image__renditions", *also)

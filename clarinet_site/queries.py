"""Queries shared by the listings of every app."""

from django.db.models import QuerySet


def with_listing_images(pages: QuerySet, *also: str) -> QuerySet:
    """Return `pages` with each listing image and its renditions fetched in bulk, plus the `also` relations.

    A card then costs no query of its own, so a listing's query count does not grow with its length (the
    design's rule for listing pages).
    """
    return pages.select_related("listing_image").prefetch_related("listing_image__renditions", *also)


def listed_in(pages: QuerySet, language_code: str | None = None) -> QuerySet:
    """Return the pages of `pages` shown in `language_code` (default: the active language).

    A page is shown when it is available in the language or marked for every language
    (`BasePage.availability_q`); `pages` must be a queryset of one BasePage type. Adds a WHERE clause only,
    no query.
    """
    return pages.filter(pages.model.availability_q(language_code))


#: A listing with fewer items than this shows them all, without a filter form (nothing worth narrowing).
FILTER_MIN_ITEMS = 3


def worth_filtering(total: int, active: bool = False) -> bool:
    """Return True if a listing of `total` items (before filtering) shows its filter form.

    Always True while a filter is `active`, so the visitor can change or clear it.
    """
    return active or total >= FILTER_MIN_ITEMS

"""Queries shared by the listings of every app."""

from django.conf import settings
from django.db.models import Model, Q, QuerySet

from clarinet_site.languages import current_language


def with_listing_images(pages: QuerySet, *also: str) -> QuerySet:
    """Return `pages` with each listing image and its renditions fetched in bulk, plus the `also` relations,
    and without the columns of other languages (`in_active_language`).

    A card then costs no query of its own, so a listing's query count does not grow with its length (the
    design's rule for listing pages).
    """
    pages = in_active_language(pages)
    return pages.select_related("listing_image").prefetch_related("listing_image__renditions", *also)


def in_active_language(pages: QuerySet, language_code: str | None = None) -> QuerySet:
    """Return `pages` (a queryset of one model) without the translated columns of every language other than
    `language_code` (default: the active language) and the fallback language (English).

    A page row holds each translated field once per language (8 columns): a card or link that shows the page
    in one language reads 2 of them, and building and reading the other 6 was much of a listing's time.
    Reading a left-out column later costs one query per page (Django's deferred fields).
    """
    from modeltranslation.translator import NotRegistered, translator
    from modeltranslation.utils import build_localized_fieldname

    code = language_code or current_language()
    kept = {code, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES}
    try:
        fields = translator.get_options_for_model(pages.model).all_fields
    except NotRegistered:
        return pages
    others = [language for language, _ in settings.LANGUAGES if language not in kept]
    return pages.defer(*(build_localized_fieldname(name, language) for name in fields for language in others))


def listed_in(pages: QuerySet, language_code: str | None = None) -> QuerySet:
    """Return the pages of `pages` shown in `language_code` (default: the active language).

    A page is shown when it is available in the language or marked for every language
    (`BasePage.availability_q`); `pages` must be a queryset of one BasePage type. Adds a WHERE clause; runs
    no query, except the one that reads `listed_ids` once per content generation.

    During a request the clause is `pk IN (...)` over the ids of the pages of that type listed in the language,
    kept per content generation (`listed_ids`): the availability condition spans every language's column of
    every essential field (over a hundred lookups), and building and compiling it for each query of a listing
    was a large part of a listing's time.
    """
    code = language_code or current_language()
    ids = listed_ids(pages.model, code)
    if ids is None:
        return pages.filter(pages.model.availability_q(code))
    return pages.filter(pk__in=ids)


def listed_ids(model: type[Model], language_code: str) -> list[int] | None:
    """Return the ids of the `model` pages (live or not) listed in `language_code`, read once per content
    generation (`page_cache.fragment`: any page change moves it on); None outside a request."""
    from clarinet_site.page_cache import fragment
    from clarinet_site.request_memo import current_request

    request = current_request()
    if request is None:
        return None
    return fragment(
        request,
        "listed-ids",
        (model._meta.label_lower, language_code),
        lambda: list(
            model.objects.filter(model.availability_q(language_code)).order_by().values_list("pk", flat=True)
        ),
    )


#: A listing with fewer items than this shows them all, without a filter form (nothing worth narrowing).
FILTER_MIN_ITEMS = 3


def worth_filtering(total: int, active: bool = False) -> bool:
    """Return True if a listing of `total` items (before filtering) shows its filter form.

    Always True while a filter is `active`, so the visitor can change or clear it.
    """
    return active or total >= FILTER_MIN_ITEMS


def translated_only(model: type[Model], *fields: str, language_code: str | None = None) -> list[str]:
    """Return the column names of the translated `fields` of `model` that a page in the active language reads.

    That is each field's column in `language_code` (default: the active language) and in the fallback
    language (English), for `QuerySet.only()`: a listing or menu then selects two of the eight columns of
    each translated field. Raises FieldDoesNotExist for a field without per-language columns.
    """
    code = language_code or current_language()
    codes = dict.fromkeys([code, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES])
    columns = [f"{name}_{language}" for name in fields for language in codes]
    for column in columns:
        model._meta.get_field(column)
    return columns


def public_documents() -> QuerySet:
    """Return the documents visitors may see: those an editor ticked as listed, with a title, language, type
    and year (`CustomDocument.LISTING_FIELDS`), and none from a collection with a view restriction or under one.

    Wagtail applies a collection's view restrictions to its descendants too
    (`Collection.get_view_restrictions`), so a document is private when its collection's path starts with
    a restricted collection's path. Costs one query for the restrictions.
    """
    from wagtail.models import CollectionViewRestriction

    from clarinet_site.models import CustomDocument

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

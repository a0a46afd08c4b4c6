"""The filters of the news index and the downloads library, on the site's listing kit (`clarinet_site.listing`).

Choices are the values that occur in the listing, passed in by the page's `get_context`; a value that is not
among them is ignored and named back to the visitor, never a 500 and never a database query with it.
"""

import django_filters
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from clarinet_site.listing import ListingFilterSet

#: The `language` value that lists the documents of every language (the default lists the visitor's own
#: language and English).
EVERY_LANGUAGE = "all"


class NewsFilterSet(ListingFilterSet):
    """The news index's filters: `theme` (a theme's slug) and `year` (a publication year)."""

    theme = django_filters.ChoiceFilter(label=_("Theme"), field_name="themes__slug", choices=[])
    year = django_filters.ChoiceFilter(label=_("Year"), field_name="date", lookup_expr="year", choices=[])

    all_labels = {"theme": _("All themes"), "year": _("All years")}


class DocumentFilterSet(ListingFilterSet):
    """The downloads library's filters: `type` (a document type), `language` (a language code, or
    EVERY_LANGUAGE) and `year`.

    Without a `language`, the library lists the documents in `default_languages` (the visitor's language and
    English, which every partner reads): a visitor first sees what they can read, and the form offers every
    language. The search box of the library may add a `q` parameter; the filters leave it alone.
    """

    type = django_filters.ChoiceFilter(label=_("Type"), field_name="document_type", choices=[])
    language = django_filters.ChoiceFilter(label=_("Language"), method="filter_language", choices=[])
    year = django_filters.ChoiceFilter(label=_("Year"), field_name="year", choices=[])

    all_labels = {"type": _("All types"), "year": _("All years")}

    def __init__(self, *args, default_languages: list[str], default_label: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_languages = default_languages
        self.all_labels = {**self.all_labels, "language": default_label}

    def filter_language(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Return the documents in language `value`, or all of them for EVERY_LANGUAGE."""
        return queryset if value == EVERY_LANGUAGE else queryset.filter(language=value)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """Apply the filters; without a valid `language`, keep the documents in `default_languages`."""
        queryset = super().filter_queryset(queryset)
        if "language" not in self.values:
            queryset = queryset.filter(language__in=self.default_languages)
        return queryset

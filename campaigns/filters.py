"""The filters of the training and campaign indexes, on the site's listing kit (`clarinet_site.listing`).

Choices are the countries and years that occur in the listing, passed in by the page's `get_context`; any
other value is ignored and named back to the visitor, never a 500.
"""

import django_filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from clarinet_site.listing import ListingFilterSet


class DatedPageFilterSet(ListingFilterSet):
    """The filters of the training index and of the campaign index, both listings of dated pages (`campaigns.models.DatedPage`): `country` (an ISO 3166-1 alpha-2
    code, in any case) and `year`.

    A year matches every page whose dates touch it, so a training from December 2020 to February 2021 is
    listed under both 2020 and 2021.
    """

    country = django_filters.ChoiceFilter(label=_("Country"), field_name="country", choices=[])
    year = django_filters.ChoiceFilter(label=_("Year"), method="filter_year", choices=[])

    all_labels = {"country": _("All countries"), "year": _("All years")}
    upper_case = ("country",)

    def filter_year(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Return the pages whose dates touch year `value` (an end date may be missing)."""
        year = int(value)
        return queryset.filter(
            Q(start_date__year__lte=year)
            & (Q(end_date__year__gte=year) | Q(end_date__isnull=True, start_date__year=year))
        )


def country_choices(codes) -> list[tuple[str, str]]:
    """Return (code, name in the active language) for the country `codes`, sorted by name."""
    return sorted(((code, str(countries.name(code))) for code in codes if code), key=lambda item: item[1])


def years_covered(dates) -> set[int]:
    """Return every year touched by the (start_date, end_date) pairs in `dates` (end may be None)."""
    years: set[int] = set()
    for start, end in dates:
        years.update(range(start.year, (end or start).year + 1))
    return years

"""Filters and pagination shared by the training and campaign indexes.

GET parameters come from visitors and may be anything: values that do not match an option are ignored (never
a 500) and reported back, so the page can say which filters were applied and which were not.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils.http import urlencode
from django_countries import countries


@dataclass
class ListingFilters:
    """The filters a visitor asked for, checked against the options the listing offers.

    `country` is an ISO 3166-1 alpha-2 code and `year` a year, each None when not asked for or not valid;
    `ignored` lists the names of the parameters whose values were not valid.
    """

    country: str | None = None
    year: int | None = None
    ignored: list[str] = field(default_factory=list)

    @property
    def active(self) -> bool:
        """True when at least one filter applies."""
        return bool(self.country or self.year)

    @property
    def country_name(self) -> str:
        """The chosen country's name in the active language ("" when none)."""
        return str(countries.name(self.country)) if self.country else ""

    def apply(self, queryset: QuerySet) -> QuerySet:
        """Return `queryset` (of pages with `country`, `start_date`, `end_date`) narrowed to the filters.

        A year matches every page whose dates touch it, so a training from December 2020 to February 2021
        is listed under both 2020 and 2021.
        """
        if self.country:
            queryset = queryset.filter(country=self.country)
        if self.year:
            queryset = queryset.filter(
                Q(start_date__year__lte=self.year)
                & (Q(end_date__year__gte=self.year) | Q(end_date__isnull=True, start_date__year=self.year))
            )
        return queryset

    def query_string(self, **changes) -> str:
        """Return the filters as a query string ("country=HU&year=2021"), with `changes` applied."""
        values = {"country": self.country, "year": self.year, **changes}
        return urlencode({key: value for key, value in values.items() if value})


def parse_filters(params: QueryDict, country_codes: set[str], years: set[int]) -> ListingFilters:
    """Return the ListingFilters of the GET `params`, keeping only a country among `country_codes` and a year
    among `years`; any other value of `country` or `year` is ignored and named in `ignored`.
    """
    filters = ListingFilters()
    country = (params.get("country") or "").strip().upper()
    if country:
        if country in country_codes:
            filters.country = country
        else:
            filters.ignored.append("country")
    year = (params.get("year") or "").strip()
    if year:
        if year.isdigit() and len(year) == 4 and int(year) in years:
            filters.year = int(year)
        else:
            filters.ignored.append("year")
    return filters


def country_options(codes: set[str]) -> list[tuple[str, str]]:
    """Return (code, name in the active language) for `codes`, sorted by name."""
    return sorted(((code, str(countries.name(code))) for code in codes if code), key=lambda item: item[1])


def years_covered(dates) -> set[int]:
    """Return every year touched by the (start_date, end_date) pairs in `dates` (end may be None)."""
    years: set[int] = set()
    for start, end in dates:
        years.update(range(start.year, (end or start).year + 1))
    return years


def paginate(items, params: QueryDict, per_page: int) -> PaginatorPage:
    """Return the page of `items` named by the `page` GET parameter; a missing, malformed or out-of-range
    number gives the first or the last page (Django's `Paginator.get_page`), never an error."""
    return Paginator(items, per_page).get_page(params.get("page"))

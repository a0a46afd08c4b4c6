"""The listing kit every listing of the site shares: filters from GET parameters and one paging rule.

Each section defines its own FilterSet (`news.filters`, `toolkit.filters`, `campaigns.filters`) on
`ListingFilterSet`; the templates `includes/filter_form.html` and `includes/pagination.html` render them. The
kit knows no section.

The design's rules, kept here for every listing: filters come from GET parameters, so they work without
JavaScript; a value that is not among a filter's choices is ignored and named back to the visitor
(`ListingFilterSet.ignored`), never a 500; the page number follows one rule (`paginate`).
"""

from dataclasses import dataclass

import django_filters
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from clarinet_site.languages import current_language
from clarinet_site.page_cache import fragment
from clarinet_site.request_memo import current_request

#: How much of a value the visitor typed is repeated back when it is not understood.
IGNORED_VALUE_MAX = 60


def paginate(items, params: QueryDict, per_page: int, key: tuple | None = None) -> PaginatorPage:
    """Return the page of `items` (a queryset or list) named by the `page` GET parameter in `params`.

    The one paging rule of the site's listings: a missing or malformed number gives the first page and a
    number past the end the last page (Django's `Paginator.get_page`), never an error. A listing narrowed by
    a filter thus never answers a link to its former page 3 with an error page.

    With `key` (what the items depend on besides content, the active language and `params`: the listing
    page's id, today's date ...), the page's items and the total are kept per content generation
    (`page_cache.fragment`), and the items are read only when the template uses them; `items` may then be a
    callable returning them, called only when they are not kept, so a request finding them neither builds
    nor runs the queries.
    """
    if key is None:
        return Paginator(items, per_page).get_page(params.get("page"))

    request = current_request()
    parts = (*key, current_language(), params.urlencode())

    def total() -> tuple[int, int]:
        page = Paginator(items() if callable(items) else items, per_page).get_page(params.get("page"))
        return page.paginator.count, page.number

    def objects() -> list:
        return list(Paginator(items() if callable(items) else items, per_page).page(number).object_list)

    count, number = fragment(request, "listing-total", parts, total)
    paginator = Paginator([], per_page)
    paginator.count = count  # Paginator.count is a cached property: set, it is never counted
    # The items are read only when the template uses them: a listing kept rendered (fragment_cache) does not.
    return PaginatorPage(SimpleLazyObject(lambda: fragment(request, "listing-items", parts, objects)), number, paginator)


@dataclass
class FilterOption:
    """One option of a filter's select: its value, what the visitor reads, the text's language if it is not
    the page's ("" otherwise), and whether it is the chosen one."""

    value: str
    label: str
    lang: str
    selected: bool


@dataclass
class FilterField:
    """A filter as the filter form shows it: name (the GET parameter), label, the label of the option that
    does not filter (`all_label`) and the options."""

    name: str
    label: str
    all_label: str
    options: list[FilterOption]


@dataclass
class AppliedFilter:
    """A filter that applies: its label, the chosen value as the visitor reads it, and the query string of
    the listing without it."""

    name: str
    label: str
    display: str
    remove_query: str


@dataclass
class IgnoredFilter:
    """A GET parameter whose value was not among the filter's choices: its label and the value as typed."""

    label: str
    value: str


class ListingFilterSet(django_filters.FilterSet):
    """A django-filter FilterSet of ChoiceFilters whose choices are set per request, with what the filter
    form and the status sentences of a listing need.

    Subclasses declare ChoiceFilters with `choices=[]` and pass the options that exist to `__init__` as
    `choices={name: [(value, label), ...]}` (only values that occur in the listing, so no choice leads to an
    empty page). `option_langs={name: {value: language code}}` marks options whose text is in another
    language (WCAG 3.1.2). `all_labels` gives the text of each filter's "no filter" option; `upper_case`
    names the filters whose values are compared in capitals (country codes).

    A value that is not a choice fails the form's validation for that field only: django-filter then leaves
    that filter out (`FilterSet.filter_queryset` uses `cleaned_data`), and `ignored` names it.
    """

    all_labels: dict[str, str] = {}
    upper_case: tuple[str, ...] = ()

    def __init__(
        self,
        data: QueryDict | None,
        queryset,
        *,
        choices: dict[str, list[tuple[str, str]]],
        option_langs: dict[str, dict[str, str]] | None = None,
        **kwargs,
    ):
        # the values as typed, to name back those not understood
        self.typed = {name: ((data or {}).get(name) or "").strip() for name in self.base_filters}
        data = (data or QueryDict()).copy()
        for name in self.base_filters:
            # QueryDict.get gives the last value of a repeated parameter; the form is given that one only.
            value = (data.get(name) or "").strip()
            data[name] = value.upper() if name in self.upper_case else value
        super().__init__(data, queryset, **kwargs)
        for name, options in choices.items():
            self.filters[name].extra["choices"] = [(str(value), label) for value, label in options]
        self.option_langs = option_langs or {}

    @property
    def values(self) -> dict[str, str]:
        """The valid values asked for, {name: value}, in the order the filters are declared."""
        if not self.is_bound:
            return {}
        self.form.is_valid()  # validates each field; invalid ones are left out of cleaned_data
        cleaned = self.form.cleaned_data
        return {name: str(cleaned[name]) for name in self.filters if cleaned.get(name) not in (None, "")}

    @property
    def active(self) -> bool:
        """True when at least one filter applies."""
        return bool(self.values)

    def display(self, name: str) -> str:
        """Return the label of the value chosen for filter `name` ("" when none)."""
        value = self.values.get(name)
        return dict(self.filters[name].extra["choices"]).get(value, "") if value else ""

    @property
    def displays(self) -> dict[str, str]:
        """{name: label of the chosen value} for the filters that apply, for templates."""
        return {name: self.display(name) for name in self.values}

    @property
    def applied(self) -> list[AppliedFilter]:
        """The filters that apply, each with the query string of the listing without it."""
        values = self.values
        return [
            AppliedFilter(
                name, str(self.filters[name].label), self.display(name), self.query_string(**{name: None})
            )
            for name in values
        ]

    @property
    def ignored(self) -> list[IgnoredFilter]:
        """The parameters given a value that is not among their filter's choices, in declaration order."""
        if not self.is_bound:
            return []
        errors = self.form.errors
        return [
            IgnoredFilter(str(self.filters[name].label), self.typed[name][:IGNORED_VALUE_MAX])
            for name in self.filters
            if name in errors
        ]

    @property
    def fields(self) -> list[FilterField]:
        """The filters as the filter form shows them, each with its options and the chosen one."""
        values = self.values
        return [
            FilterField(
                name=name,
                label=str(filter_.label),
                all_label=str(self.all_labels.get(name, _("All"))),
                options=[
                    FilterOption(
                        value=value,
                        label=str(label),
                        lang=self.option_langs.get(name, {}).get(value, ""),
                        selected=values.get(name) == value,
                    )
                    for value, label in filter_.extra["choices"]
                ],
            )
            for name, filter_ in self.filters.items()
        ]

    def query_string(self, **changes: str | None) -> str:
        """Return "?country=HU&year=2021" for the valid values with `changes` applied (None removes a
        filter); "" when nothing is left."""
        merged = {**self.values, **changes}
        kept = {name: value for name, value in merged.items() if value not in (None, "")}
        return "?" + urlencode(kept) if kept else ""

"""The good-practice showcase: filters from GET parameters, pagination, and the overview by country.

Filters (country, category, theme, result) combine; each takes one value. An unknown or malformed value is
ignored and reported to the visitor, never a 500; a page number that is not a positive integer within range
gives a 404. Every query is bounded: the listing costs the same for 3 practices as for 30.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, QueryDict
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from clarinet_site.models import Theme
from clarinet_site.queries import listed_in, worth_filtering

from .models import Category, GoodPracticePage, Result

PER_PAGE = 12
FILTER_NAMES = ("country", "category", "theme", "result")


@dataclass
class ActiveFilter:
    """A filter that was applied: what the visitor reads, and the URL without it."""

    label: str
    display: str
    remove_url: str


@dataclass
class IgnoredFilter:
    """A parameter whose value was not understood and was left out."""

    label: str
    value: str


FILTER_LABELS = {
    "country": _("Country"),
    "category": _("Award category"),
    "theme": _("Theme"),
    "result": _("Award result"),
}


def query_string(params: dict[str, str], **changes: str | None) -> str:
    """Return `?a=b...` for `params` with `changes` applied (None removes a key); "" when nothing is left."""
    merged = {**params, **changes}
    kept = {key: value for key, value in merged.items() if value not in (None, "")}
    return "?" + urlencode(kept) if kept else ""


def parse_filters(
    get: QueryDict, theme_slugs: dict[str, Theme]
) -> tuple[dict[str, str], list[IgnoredFilter]]:
    """Return ({name: valid value}, [ignored values]) from the request's GET parameters.

    Country codes are ISO 3166-1 alpha-2 (case-insensitive); categories, themes and results are the slugs
    used in links. A repeated parameter keeps its last value.
    """
    known_categories = set(Category.values)
    known_results = set(Result.values)
    valid: dict[str, str] = {}
    ignored: list[IgnoredFilter] = []
    for name in FILTER_NAMES:
        raw = get.get(name, "")
        value = raw.strip()
        if not value:
            continue
        if name == "country":
            value = value.upper()
            ok = len(value) == 2 and value in countries
        elif name == "category":
            ok = value in known_categories
        elif name == "result":
            ok = value in known_results
        else:
            ok = value in theme_slugs
        if ok:
            valid[name] = value
        else:
            ignored.append(IgnoredFilter(label=str(FILTER_LABELS[name]), value=raw[:60]))
    return valid, ignored


def display_value(name: str, value: str, theme_slugs: dict[str, Theme]) -> str:
    """Return what the visitor reads for a filter value, in the active language."""
    if name == "country":
        return countries.name(value)
    if name == "category":
        return str(Category(value).label)
    if name == "result":
        return str(Result(value).label)
    return theme_slugs[value].name


def filter_practices(queryset, filters: dict[str, str]):
    """Return `queryset` narrowed by the valid `filters`."""
    if "country" in filters:
        queryset = queryset.filter(country=filters["country"])
    if "category" in filters:
        queryset = queryset.filter(category=filters["category"])
    if "result" in filters:
        queryset = queryset.filter(result=filters["result"])
    if "theme" in filters:
        queryset = queryset.filter(themes__slug=filters["theme"])
    return queryset


def country_overview(practices, base_url: str) -> list[dict]:
    """Return [{code, name, count, url}] for each country with live practices, by name; 1 query."""
    rows = practices.order_by().values("country").annotate(count=Count("pk"))
    overview = [
        {
            "code": row["country"],
            "name": countries.name(row["country"]),
            "count": row["count"],
            "url": base_url + query_string({}, country=row["country"]),
        }
        for row in rows
        if row["country"]
    ]
    return sorted(overview, key=lambda row: row["name"])


def showcase_context(index_page, request: HttpRequest) -> dict:
    """Return the showcase's template context for `index_page` and the request's filters and page number.

    Raises Http404 when the page number is not a positive integer or is past the last page.
    """
    base_url = index_page.get_url(request)
    themes = sorted(Theme.objects.all(), key=lambda theme: theme.name.casefold())
    theme_slugs = {theme.slug: theme for theme in themes}
    filters, ignored = parse_filters(request.GET, theme_slugs)

    live = listed_in(GoodPracticePage.objects.live().public().child_of(index_page))
    # One theme per filter and unique slugs: the join cannot repeat a practice, so no DISTINCT is needed.
    results = filter_practices(live, filters).by_award_result()

    paginator = Paginator(results.for_cards(), PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("No such page of good practices") from None

    active = [
        ActiveFilter(
            label=str(FILTER_LABELS[name]),
            display=display_value(name, value, theme_slugs),
            remove_url=base_url + query_string(filters, **{name: None}),
        )
        for name, value in filters.items()
    ]
    overview = country_overview(live, base_url)
    return {
        # The map follows the filter: it shows the countries of the practices found, not every country.
        "map_overview": country_overview(filter_practices(live, filters), base_url) if filters else overview,
        "practices": page_obj.object_list,
        "page_obj": page_obj,
        "paginator": paginator,
        "result_count": paginator.count,
        "filters": filters,
        "active_filters": active,
        "ignored_filters": ignored,
        "clear_url": base_url,
        "page_urls": {
            number: base_url + query_string(filters, page=str(number) if number > 1 else None)
            for number in paginator.page_range
        },
        "winners_url": base_url + query_string({}, result=Result.WINNER),
        "country_overview": overview,
        "show_filters": worth_filtering(sum(row["count"] for row in overview), bool(filters)),
        "filter_fields": [
            {
                "name": name,
                "label": FILTER_LABELS[name],
                "choices": choices,
                "selected": filters.get(name, ""),
            }
            for name, choices in (
                ("country", [(row["code"], row["name"]) for row in overview]),
                ("category", Category.choices),
                ("theme", [(theme.slug, theme.name) for theme in themes]),
                ("result", Result.choices),
            )
        ],
    }

"""The good-practice showcase: filters (`toolkit.filters`), pagination, and the overview by country.

An unknown or malformed filter value is ignored and reported to the visitor, never a 500; the page number
follows the listing kit's paging rule. Every query is bounded: the listing costs the same for 3 practices as
for 30.
"""

from urllib.parse import urlencode

from django.db.models import Count
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django_countries import countries

from clarinet_site.languages import shows_fallback
from clarinet_site.listing import paginate
from clarinet_site.models import Theme
from clarinet_site.queries import listed_in, worth_filtering

from .filters import PracticeFilterSet
from .models import Category, GoodPracticePage, Result

PER_PAGE = 12


def query_string(params: dict[str, str], **changes: str | None) -> str:
    """Return `?a=b...` for `params` with `changes` applied (None removes a key); "" when nothing is left."""
    merged = {**params, **changes}
    kept = {key: value for key, value in merged.items() if value not in (None, "")}
    return "?" + urlencode(kept) if kept else ""


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

    The filters are `toolkit.filters.PracticeFilterSet`; the page number follows the listing kit's paging
    rule (`clarinet_site.listing.paginate`).
    """
    base_url = index_page.get_url(request)
    live = listed_in(GoodPracticePage.objects.live().public().child_of(index_page))

    def facets() -> tuple[list[Theme], list[dict]]:
        return sorted(Theme.objects.all(), key=lambda theme: theme.name.casefold()), country_overview(live, base_url)

    themes, overview = index_page.kept(request, "facets", facets)
    filterset = PracticeFilterSet(
        request.GET,
        live,
        choices={
            "country": [(row["code"], row["name"]) for row in overview],
            "category": Category.choices,
            "theme": [(theme.slug, theme.name) for theme in themes],
            "result": Result.choices,
        },
        option_langs={"theme": {t.slug: "en" for t in themes if shows_fallback(t, "name")}},
    )
    page_obj = paginate(
        lambda: filterset.qs.by_award_result().for_cards(), request.GET, PER_PAGE, key=(index_page.pk,)
    )
    return {
        # The map follows the filter: it shows the countries of the practices found, not every country. Read
        # only when the map is rendered anew (it is kept rendered per query string).
        "map_overview": SimpleLazyObject(lambda: country_overview(filterset.qs, base_url))
        if filterset.active
        else overview,
        "filterset": filterset,
        "practices": page_obj.object_list,
        "page_obj": page_obj,
        "paginator": page_obj.paginator,
        "result_count": page_obj.paginator.count,
        "active_filters": [
            {"label": item.label, "display": item.display, "remove_url": base_url + item.remove_query}
            for item in filterset.applied
        ],
        "clear_url": base_url,
        "winners_url": base_url + query_string({}, result=Result.WINNER),
        "country_overview": overview,
        "show_filters": worth_filtering(sum(row["count"] for row in overview), filterset.active),
    }

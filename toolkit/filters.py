"""The filters of the good-practice showcase, on the site's listing kit (`clarinet_site.listing`).

Filters (country, category, theme, result) combine; each takes one value. Country choices are the countries
with practices, passed in by `toolkit.showcase`; any other value is ignored and named back to the visitor.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from clarinet_site.listing import ListingFilterSet


class PracticeFilterSet(ListingFilterSet):
    """The showcase's filters: `country` (ISO 3166-1 alpha-2, in any case), `category`, `theme` (a theme's
    slug) and `result` (an Award result), with the slugs used in links.

    One theme per filter and unique slugs: the join on themes cannot repeat a practice, so no DISTINCT is
    needed.
    """

    country = django_filters.ChoiceFilter(label=_("Country"), field_name="country", choices=[])
    category = django_filters.ChoiceFilter(label=_("Award category"), field_name="category", choices=[])
    theme = django_filters.ChoiceFilter(label=_("Theme"), field_name="themes__slug", choices=[])
    result = django_filters.ChoiceFilter(label=_("Award result"), field_name="result", choices=[])

    upper_case = ("country",)

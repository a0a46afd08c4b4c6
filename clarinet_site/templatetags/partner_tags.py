"""Template tags listing the partner organisations."""

import unicodedata

from django import template
from django.utils.translation import gettext as _

from clarinet_site.models import PartnerOrganisation

register = template.Library()


def sort_key(name: str) -> str:
    """Return a key that sorts names alphabetically across languages ("Österreich" among the O's).

    Diacritics are dropped and case folded; enough for country names without system locales.
    """
    decomposed = unicodedata.normalize("NFKD", str(name))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@register.simple_tag
def partners_by_country() -> list[dict]:
    """Return [{"name": country name in the active language, "partners": [...]}], sorted by country name.

    The lead partner comes first in its country; international networks (no country) come last under
    "International networks". One query.
    """
    groups: dict[str, dict] = {}
    for partner in PartnerOrganisation.objects.all():
        key = partner.country.code or ""
        name = partner.country.name if key else _("International networks")
        groups.setdefault(key, {"name": name, "partners": []})["partners"].append(partner)
    for group in groups.values():
        group["partners"].sort(
            key=lambda partner: (partner.role != PartnerOrganisation.Role.LEAD, sort_key(partner.name))
        )
    with_country = sorted((g for k, g in groups.items() if k), key=lambda g: sort_key(g["name"]))
    return with_country + ([groups[""]] if "" in groups else [])

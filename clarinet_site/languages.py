"""The site's languages and helpers to work in one of them.

The order and codes come from the design: en (default), it, de, sl, el, ro, bg, hu.
"""

from django.conf import settings
from django.conf.locale import LANG_INFO


def language_codes() -> list[str]:
    """Return the site's language codes in the design's order, English first."""
    return [code for code, _name in settings.LANGUAGES]


def language_choices() -> list[tuple[str, str]]:
    """Return (code, name in that language) pairs, for choices that must read well in any admin language."""
    return [(code, LANG_INFO[code]["name_local"]) for code in language_codes()]


def local_name(code: str) -> str:
    """Return a language's own name for itself, e.g. "Magyar" for "hu"; raises KeyError for an unknown code."""
    return LANG_INFO[code]["name_local"]

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


def active_language() -> str:
    """Return the code of the language being shown (the active translation), English when none is active."""
    from django.utils import translation

    code = translation.get_language() or settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return code if code in dict(settings.LANGUAGES) else settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def shows_fallback(obj, field_name: str, language_code: str | None = None) -> bool:
    """Return True if `obj.field_name` shows English in `language_code` (default: the active language).

    That is: the field is empty in the language and filled in English, so modeltranslation's fallback
    (MODELTRANSLATION_FALLBACK_LANGUAGES) shows the English value. Fields without per-language columns never do.
    """
    code = language_code or active_language()
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if code == default or not hasattr(obj, f"{field_name}_{code}"):
        return False
    return not getattr(obj, f"{field_name}_{code}") and bool(getattr(obj, f"{field_name}_{default}", None))

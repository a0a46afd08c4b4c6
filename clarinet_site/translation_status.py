"""Translation status of pages per language: complete, missing, or out of date since the English changed.

The design (design.md, "Editors and rights") asks each page to show its status per language and a report per
language to list the to-do. Each page keeps, in `BasePage.translation_edited_at`, when each language's text
last changed (stamped on every full save, i.e. on publish and in code, never on a draft-only save); a
translation is out of date when the English changed after it. Availability (`BasePage.is_available`) decides
whether a language is there at all.
"""

import json
from enum import StrEnum

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.users.models import UserProfile

from clarinet_site.languages import language_codes
from clarinet_site.roles import editing_languages

# Translatable fields that are addresses, not text: changing them never makes a translation out of date.
NOT_TEXT = {"slug", "url_path"}


class Status(StrEnum):
    """A language's state on one page."""

    COMPLETE = "complete"
    MISSING = "missing"
    OUTDATED = "outdated"

    @property
    def label(self) -> str:
        """The status in words, in the admin's language."""
        return str(STATUS_LABELS[self])


STATUS_LABELS = {
    Status.COMPLETE: _("complete"),
    Status.MISSING: _("missing"),
    Status.OUTDATED: _("out of date"),
}


def text_fields(model) -> list[str]:
    """Return the names of `model`'s translatable text fields (modeltranslation's registration), sorted."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(set(options.get_field_names()) - NOT_TEXT)


def _comparable(model, column: str, value) -> str:
    """Return `value` of `column` as a JSON string, so stored and edited values compare equal when equal."""
    field = model._meta.get_field(column)
    return json.dumps(field.get_prep_value(value), sort_keys=True, default=str)


def stamp_edited_languages(page) -> None:
    """Set `page.translation_edited_at[code]` to now for each language whose text fields changed.

    Compares the page in memory with its saved row (one query); a new page stamps every language it has
    text in. Raises nothing; a page type with no registered text fields is left as it is.
    """
    model = type(page)
    names = text_fields(model)
    if not names:
        return
    stamps = dict(page.translation_edited_at or {})
    now = timezone.now().isoformat()
    columns = {code: [f"{name}_{code}" for name in names] for code in language_codes()}
    saved = None
    if page.pk is not None:
        saved = model.objects.filter(pk=page.pk).values(*[c for cols in columns.values() for c in cols]).first()
    for code, code_columns in columns.items():
        if saved is None:
            changed = any(getattr(page, column, None) for column in code_columns)
        else:
            changed = any(
                _comparable(model, column, getattr(page, column, None))
                != _comparable(model, column, saved[column])
                for column in code_columns
            )
        if changed:
            stamps[code] = now
    page.translation_edited_at = stamps


def page_status(page) -> dict[str, Status]:
    """Return {language code: Status} for `page` (a specific BasePage), in the site's language order.

    English is complete when available, else missing. Another language is missing when the page is not
    available in it, out of date when its last edit is older than the English one's, else complete (also
    when no edit was ever stamped, as for pages saved before stamps were kept).
    """
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    stamps = page.translation_edited_at or {}
    english_edit = stamps.get(default)
    result = {}
    for code in language_codes():
        if not page.is_available(code):
            result[code] = Status.MISSING
        elif code != default and english_edit and stamps.get(code) and stamps[code] < english_edit:
            result[code] = Status.OUTDATED
        else:
            result[code] = Status.COMPLETE
    return result


def todo_languages(user) -> list[str]:
    """Return the language codes whose to-do `user` works on, in the site's order.

    A partner editor: the languages of their role (`clarinet_site.roles.editing_languages`). The Coordinator
    and superusers, who may edit every language: their admin language, if it is a site language.
    """
    languages = editing_languages(user)
    if languages != language_codes():
        return languages
    code = UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE
    code = code.split("-")[0]
    return [code] if code in language_codes() else []


def to_translate(page) -> bool:
    """Return True if `page` (a specific BasePage) is a translator's to-do at all: it is available in English.

    Translations are made from the English text, which partner editors see beside their fields; a page
    written in one language only (design.md, "Multilingual": "A page can exist in one language only") has
    nothing to translate from, so it is nobody's to-do, not even English's ("no invented English", issue
    "Partner editors work in their own language"). Its languages still show as missing in its status.
    """
    return page.is_available(settings.MODELTRANSLATION_DEFAULT_LANGUAGE)


def pages_to_do(language_code: str, pages) -> list[tuple]:
    """Return (page, Status) for each page of `pages` (specific BasePages) missing or out of date in the
    language, in the given order, leaving out pages with nothing to translate from (`to_translate`)."""
    todo = []
    for page in pages:
        status = page_status(page)[language_code]
        if status != Status.COMPLETE and to_translate(page):
            todo.append((page, status))
    return todo


def site_pages():
    """Return every CLARINET page (specific BasePage instances) in tree order; one query per page type."""
    from wagtail.models import Page

    from clarinet_site.models import BasePage

    return [page for page in Page.objects.filter(depth__gt=1).order_by("path").specific() if isinstance(page, BasePage)]


def status_summary(page) -> str:
    """Return the page's status in one line for the admin, e.g. "Translations: 6 of 8 complete, 1 out of date"."""
    statuses = list(page_status(page).values())
    complete = statuses.count(Status.COMPLETE)
    outdated = statuses.count(Status.OUTDATED)
    if outdated:
        return str(
            _("Translations: %(complete)d of %(total)d complete, %(outdated)d out of date")
            % {"complete": complete, "total": len(statuses), "outdated": outdated}
        )
    return str(_("Translations: %(complete)d of %(total)d complete") % {"complete": complete, "total": len(statuses)})

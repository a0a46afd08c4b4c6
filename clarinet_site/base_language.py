"""Keep a page's base (untranslated) columns in one language, whoever saves it.

modeltranslation stores each translatable field twice: a column per language (`title_hu`) and the base
column (`title`), which Django writes from the field's descriptor, i.e. in the language active while saving.
Left alone, a Hungarian-UI editor's draft rewrites the base `title`, `draft_title`, `slug` and `url_path` and
the search index in Hungarian, so English-UI admins no longer find the page and the explorer shows Hungarian.

The rule here: a page is always saved (and indexed, and its URL paths built) with its *base language* active, which is English when
the page has an English title, and otherwise the first site language (in the site's order) that has one, i.e.
the language a partner wrote it in. So the base columns are English whenever English exists, and a page
written only in Hungarian keeps Hungarian base columns until someone adds the English; no English is invented.
"""

import functools

from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from clarinet_site.languages import language_codes


def page_base_language(page: Page) -> str:
    """Return the language code whose values `page` keeps in its base columns (see the module's rule).

    English when `title_en` is filled, else the first site language with a title, else English.
    """
    for code in language_codes():
        if getattr(page, build_localized_fieldname("title", code), None):
            return code
    return language_codes()[0]


def saved_in_base_language(save):
    """Wrap a page model's `save` so that everything it does runs with the page's base language active.

    `draft_title`, which Wagtail copies from `title` in the caller's language before saving a revision, is
    re-read in the base language when it still holds the caller's title.
    """

    @functools.wraps(save)
    def wrapper(page, *args, **kwargs):
        caller_title = page.title
        with translation.override(page_base_language(page)):
            if page.draft_title == caller_title:
                page.draft_title = page.title
            return save(page, *args, **kwargs)

    wrapper.keeps_base_language = True
    return wrapper


def url_paths_in_base_language(set_url_path):
    """Wrap a page model's `set_url_path` to run with the page's base language active.

    wagtail-modeltranslation builds the URL path of a language without its own slug from the slug in the
    active language; Wagtail also calls `set_url_path` outside `save` (`Page.with_content_json`, when a
    revision is published), so a page with no English slug would otherwise get `/parent//` in English.
    """

    @functools.wraps(set_url_path)
    def wrapper(page, parent):
        with translation.override(page_base_language(page)):
            return set_url_path(page, parent)

    wrapper.keeps_base_language = True
    return wrapper


def cleaned_in_base_language(full_clean):
    """Wrap a page model's `full_clean` to run with the page's base language active.

    Wagtail's `save_revision` validates the page in the caller's language (a reviewer's "Approve" in an
    English admin): `title` and `slug` then read the English columns, empty on a page written only in
    Hungarian, and the approval failed with a ValidationError (a 500). The base columns are checked instead.
    """

    @functools.wraps(full_clean)
    def wrapper(page, *args, **kwargs):
        with translation.override(page_base_language(page)):
            return full_clean(page, *args, **kwargs)

    wrapper.keeps_base_language = True
    return wrapper


def install(page_models) -> None:
    """Wrap `save`, `full_clean` and `set_url_path` of each of `page_models` (after wagtail-modeltranslation's
    own patches) so that they run in the page's base language."""
    for model in page_models:
        if not getattr(model.full_clean, "keeps_base_language", False):
            model.full_clean = cleaned_in_base_language(model.full_clean)
        if not getattr(model.save, "keeps_base_language", False):
            model.save = saved_in_base_language(model.save)
        if not getattr(model.set_url_path, "keeps_base_language", False):
            model.set_url_path = url_paths_in_base_language(model.set_url_path)

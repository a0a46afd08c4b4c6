"""The page form for one language at a time, enforced on the server.

Every page form holds the fields of one *editing language* only (plus the fields that have no language): a
field left out of a Django form is ignored in the POST data, so a partner editor's request that sends another
language's field changes nothing. The language is chosen from:

1. the `editing_language` value the form itself posts back (rendered by `EditingLanguagePanel`), on a POST;
2. the `?language=xx` switch of the edit view, on a GET (recorded by the `before_edit_page` /
   `before_create_page` hooks in `clarinet_site.editor_hooks`);
3. the user's admin language; else the first language they may edit.

A requested language the user may not edit (`clarinet_site.roles.editing_languages`) is never used. Users who
may edit every language can also choose `all`, the form with every language's fields.
"""

from django import forms
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst, format_lazy, slugify
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.panels import Panel

from clarinet_site.base_language import page_base_language
from clarinet_site.languages import current_language, language_codes
from clarinet_site.roles import editing_languages

ALL_LANGUAGES = "all"
LANGUAGE_FIELD = "editing_language"
REQUESTED_LANGUAGE_ATTRIBUTE = "clarinet_requested_language"
REFERENCE_LANGUAGE = "en"


def language_name(code: str):
    """Return the name of the language `code` in the active (admin) language, e.g. "Hungarian"/"magyar"."""
    return dict(settings.LANGUAGES)[code]


def choose_editing_language(user, requested: str | None, page=None) -> str | None:
    """Return the language the form shows to `user`: `requested` when allowed; else, for an existing `page`
    with no title in the admin language, the page's own (base) language when allowed, so a reviewer opens a
    page written only in Hungarian in Hungarian; else the admin language when allowed, else their first
    language. `all` only for users who may edit every language; None for users who may edit no language.
    """
    allowed = editing_languages(user)
    if not allowed:
        return None
    if requested in allowed or (requested == ALL_LANGUAGES and allowed == language_codes()):
        return requested
    admin_language = current_language()
    if page is not None and page.pk and not getattr(page, f"title_{admin_language}", None):
        own = page_base_language(page)
        if own in allowed:
            return own
    return admin_language if admin_language in allowed else allowed[0]


def translated_fields(model, field_names) -> dict[str, tuple[str, str]]:
    """Return {localized field name: (base field name, language code)} for the `field_names` of `model`
    that modeltranslation added (e.g. "title_hu": ("title", "hu")); {} for an unregistered model.
    """
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}
    found = {}
    for base_name, localized in options.all_fields.items():
        for field in localized:
            if field.name in field_names:
                found[field.name] = (base_name, field.language)
    return found


def restrict_to_language(form, model, language: str) -> None:
    """Drop from `form` every translated field that is not in `language` (kept: all, for `all`) and label
    the rest with the language's name in words, e.g. "Title (Hungarian)".
    """
    for name, (base_name, code) in translated_fields(model, form.fields).items():
        if language != ALL_LANGUAGES and code != language:
            del form.fields[name]
            continue
        verbose_name = model._meta.get_field(base_name).verbose_name
        form.fields[name].label = format_lazy("{} ({})", capfirst(verbose_name), language_name(code))


def plain_text(value, limit: int = 300) -> str:
    """Return the text of a field value (string, rich text or StreamField) without markup, cut to `limit`."""
    raw = getattr(value, "raw_data", value)
    texts = []

    def collect(item):
        if isinstance(item, str):
            texts.append(strip_tags(item))
        elif isinstance(item, dict):
            for key, child in item.items():
                if key not in ("id", "type"):
                    collect(child)
        elif isinstance(item, list | tuple):
            for child in item:
                collect(child)
        elif item is not None and hasattr(item, "__iter__"):
            collect(list(item))

    collect(raw)
    return Truncator(" ".join(" ".join(texts).split())).chars(limit)


class OneLanguagePageFormMixin:
    """Mixed into every page type's admin form (`install`): one editing language, server-enforced.

    Sets `editing_language` (a code, `all`, or None) and `reference` (a list of (label, English text) pairs
    shown above the fields when the form is in another language).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if self.is_bound:
            requested = self.data.get(LANGUAGE_FIELD)
        else:
            requested = getattr(user, REQUESTED_LANGUAGE_ATTRIBUTE, None)
        self.editing_language = choose_editing_language(user, requested, self.instance)
        self.allowed_languages = editing_languages(user)
        model = self._meta.model
        translated = translated_fields(model, self.fields)
        self.reference = self._english_reference(model, translated)
        restrict_to_language(self, model, self.editing_language)
        title_field = f"title_{self.editing_language}"
        if title_field in self.fields:
            self.fields[title_field].required = True
        for formset in self.formsets.values():
            formset.form = _restricted_form_class(formset.form, formset.model, self.editing_language)
            formset.__dict__.pop("forms", None)

    def _english_reference(self, model, translated) -> list[tuple[str, str]]:
        if self.editing_language in (None, ALL_LANGUAGES, REFERENCE_LANGUAGE) or not self.instance.pk:
            return []
        reference = []
        for name in self.fields:
            base_name, code = translated.get(name, (None, None))
            if code != REFERENCE_LANGUAGE:
                continue
            text = plain_text(getattr(self.instance, name, None))
            if text:
                reference.append((capfirst(model._meta.get_field(base_name).verbose_name), text))
        return reference

    def clean(self):
        if self.editing_language is None:
            raise forms.ValidationError(_("You may not edit any language of this site."))
        # A new page gets its slug from the title, as Wagtail's own title field does in the browser; before
        # the parent's clean, which checks that slugs are unique among the page's siblings.
        languages = language_codes() if self.editing_language == ALL_LANGUAGES else [self.editing_language]
        for code in languages:
            title, slug = f"title_{code}", f"slug_{code}"
            if (
                not self.instance.pk
                and slug in self.fields
                and self.cleaned_data.get(title)
                and not self.cleaned_data.get(slug)
            ):
                self.cleaned_data[slug] = slugify(self.cleaned_data[title], allow_unicode=True)
        cleaned_data = super().clean()
        if self.editing_language == ALL_LANGUAGES and not any(
            cleaned_data.get(f"title_{code}") for code in language_codes()
        ):
            self.add_error(
                f"title_{REFERENCE_LANGUAGE}", _("Give the page a title in at least one language.")
            )
        return cleaned_data


def _restricted_form_class(form_class, model, language):
    """Return a subclass of an inline panel's child form class that keeps only `language`'s fields."""
    if getattr(form_class, "restricted_language", object()) == language:
        return form_class

    class RestrictedChildForm(form_class):
        restricted_language = language

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            restrict_to_language(self, model, language)

    RestrictedChildForm.__name__ = form_class.__name__
    return RestrictedChildForm


class EditingLanguagePanel(Panel):
    """Shown first on the content tab: which language the form edits, links to switch it (for users with
    more than one language), the English text for reference, and the hidden `editing_language` input that
    tells the server which language the posted form holds.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "clarinet_site/admin/editing_language_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            current = getattr(self.form, "editing_language", None)
            allowed = getattr(self.form, "allowed_languages", [])
            choices = [(code, language_name(code)) for code in allowed]
            if allowed == language_codes():
                choices.append((ALL_LANGUAGES, _("All languages")))
            context.update(
                current=current,
                current_name=dict(choices).get(current, ""),
                choices=choices if len(choices) > 1 else [],
                field_name=LANGUAGE_FIELD,
                reference=getattr(self.form, "reference", []),
                reference_language=REFERENCE_LANGUAGE,
                path=self.request.path if self.request else "",
            )
            return context


def install(page_models) -> None:
    """Give each of `page_models` the one-language form and the language panel first in its content panels.

    Runs after wagtail-modeltranslation has patched the panels and forms (its app is listed first).
    """
    from wagtail.models import Page

    for model in page_models:
        if not issubclass(model.base_form_class, OneLanguagePageFormMixin):
            model.base_form_class = type(
                f"OneLanguage{model.base_form_class.__name__}",
                (OneLanguagePageFormMixin, model.base_form_class),
                {},
            )
        panels = list(model.content_panels)
        if not any(isinstance(panel, EditingLanguagePanel) for panel in panels):
            model.content_panels = [EditingLanguagePanel(), *panels]
    Page.get_edit_handler.cache_clear()

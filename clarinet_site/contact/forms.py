"""The visitor's contact form: stable keys and choice values in every language, limits, accessible attributes."""

import re

import django.forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, _split_by_newline_or_comma

# What counts as a link in a message: a URL scheme or a bare "www." host.
LINK_PATTERN = re.compile(r"(?:https?://|ftp://|www\.)", re.IGNORECASE)
SINGLE_LINE_MAX_LENGTH = 255
EMAIL_MAX_LENGTH = 254  # RFC 5321 path limit


def count_links(text: str) -> int:
    """Return how many links (http://, https://, ftp:// or www.) `text` contains."""
    return len(LINK_PATTERN.findall(text or ""))


class ContactForm(BaseForm):
    """Base class of the built form: links each field to its help text and errors, limits links.

    WCAG 2.1 SC 3.3.1 and 1.3.1: `aria-describedby` names the help text and the error message of each field,
    `aria-invalid` marks fields with errors. Raises no exception on bad input; errors go to `form.errors`.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe_fields()

    def full_clean(self) -> None:
        """Validate as Django does, then point each invalid field's `aria-describedby` at its error."""
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self) -> None:
        errors = getattr(self, "_errors", None) or {}
        for name, field in self.fields.items():
            bound = self[name]
            ids = []
            if field.help_text or self.is_acknowledgement(field):
                ids.append(f"{bound.auto_id}_helptext")
            if name in errors:
                ids.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def clean(self) -> dict:
        """Refuse messages with more than CONTACT_MAX_LINKS links in all their text fields together.

        The error is attached to the text field with the most links, so the error summary can point to it.
        """
        cleaned = super().clean()
        limit = settings.CONTACT_MAX_LINKS
        links = {name: count_links(value) for name, value in cleaned.items() if isinstance(value, str)}
        if sum(links.values()) > limit:
            error = ValidationError(
                ngettext(
                    "Please include at most %(limit)d link in your message.",
                    "Please include at most %(limit)d links in your message.",
                    limit,
                )
                % {"limit": limit},
                code="too_many_links",
            )
            self.add_error(max(links, key=links.get), error)
        return cleaned

    @staticmethod
    def is_acknowledgement(field) -> bool:
        """Return True for a required single checkbox: the privacy acknowledgement, shown with a link."""
        return isinstance(field, django.forms.BooleanField) and field.required


class ContactFormBuilder(FormBuilder):
    """Wagtail's form builder with stable choice values, maximum lengths and autocomplete attributes.

    Choices are shown in the visitor's language but submitted and stored as the English choice text at the
    same position, so every language stores the same value (when a translation lists a different number of
    choices, the English ones are shown). Single-line fields take at most 255 characters, e-mail addresses
    254, multi-line fields CONTACT_MESSAGE_MAX_LENGTH.
    """

    def get_form_class(self):
        """Return the form class: the built fields on top of `ContactForm`."""
        return type("ContactWagtailForm", (ContactForm,), self.formfields)

    def get_formatted_field_choices(self, field) -> list[tuple[str, str]]:
        """Return (English choice, choice in the active language) pairs for a choice field."""
        english = _split_by_newline_or_comma(getattr(field, "choices_en", "") or field.choices)
        shown = _split_by_newline_or_comma(field.choices)
        if len(shown) != len(english):
            shown = english
        return list(zip(english, shown, strict=True))

    @property
    def formfields(self):
        """Return the built fields by key, each widget with its `autocomplete` token (WCAG 2.1 SC 1.3.5)."""
        fields = super().formfields
        for form_field, model_field in zip(fields.values(), self.fields, strict=True):
            autocomplete = getattr(model_field, "autocomplete", "")
            if autocomplete:
                form_field.widget.attrs["autocomplete"] = autocomplete
        return fields

    def create_singleline_field(self, field, options):
        """Return a CharField of at most 255 characters."""
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        return django.forms.CharField(**options)

    def create_multiline_field(self, field, options):
        """Return a textarea CharField of at most CONTACT_MESSAGE_MAX_LENGTH characters."""
        options["max_length"] = settings.CONTACT_MESSAGE_MAX_LENGTH
        options.setdefault("widget", django.forms.Textarea(attrs={"rows": 8}))
        return django.forms.CharField(**options)

    def create_email_field(self, field, options):
        """Return an EmailField of at most 254 characters."""
        options["max_length"] = EMAIL_MAX_LENGTH
        return django.forms.EmailField(**options)

    def create_date_field(self, field, options):
        """Return a DateField with a native date picker."""
        # A native date picker; it submits ISO dates, and typed dates in the page language's order still parse.
        options["widget"] = django.forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        return django.forms.DateField(**options)

    def create_hidden_field(self, field, options):
        """Return a hidden CharField of at most 255 characters."""
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        return super().create_hidden_field(field, options)

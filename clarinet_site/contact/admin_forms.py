"""The contact page's editing form: form-builder mistakes become errors on the field, never a server error.

Wagtail's own form-page form reports a duplicate key on a form field named `label`, which does not exist once
modeltranslation splits it into `label_en`, `label_hu` ...; and nothing checks that a new key fits its
column, so a long non-Latin label failed on saving and left a broken draft behind. This form checks both
before any revision is saved.
"""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

FORM_FIELDS_RELATION = "form_fields"


def label_field_name(form) -> str:
    """Return the name of the label input the key comes from: `label_en` when translated, else `label`."""
    return "label_en" if "label_en" in form.fields else "label"


class ContactPageForm(WagtailAdminPageForm):
    """Page form of `ContactPage` that validates the form builder's fields.

    A new field's key (`clean_name`, from its English label) must fit the `clean_name` column and contain at
    least one letter or digit; no two fields may share a key. Keys of saved fields never change, so only the
    new field of a clashing pair gets the error. Errors go on the English label input of the field concerned.
    """

    def clean(self):
        """Validate as Wagtail does, then check the form fields' keys (see the class docstring)."""
        cleaned_data = super().clean()
        formset = self.formsets.get(FORM_FIELDS_RELATION)
        if formset is None:
            return cleaned_data
        seen: dict[str, object] = {}
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            instance = form.instance
            key = instance.clean_name or instance.get_field_clean_name()
            if not instance.clean_name:
                self._check_new_key(form, key)
            if key in seen:
                # The error goes on the field whose key can still change: the new one.
                new_form = seen[key] if instance.clean_name else form
                self._add_label_error(
                    new_form,
                    _("A field with this name exists already (%(key)s). Please choose a different label.")
                    % {"key": key},
                )
            else:
                seen[key] = form
        return cleaned_data

    @staticmethod
    def _check_new_key(form, key: str) -> None:
        max_length = form.instance._meta.get_field("clean_name").max_length
        if not key:
            ContactPageForm._add_label_error(
                form,
                _("The English label needs at least one letter or digit: the field's name is made from it."),
            )
        elif len(key) > max_length:
            ContactPageForm._add_label_error(
                form,
                _(
                    "This label makes a field name of %(length)d characters; at most %(max)d fit. Please "
                    "shorten the English label (letters outside the Latin alphabet take several characters "
                    "each)."
                )
                % {"length": len(key), "max": max_length},
            )

    @staticmethod
    def _add_label_error(form, message: str) -> None:
        form.add_error(label_field_name(form), forms.ValidationError(message))

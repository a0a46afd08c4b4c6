"""Form-builder mistakes in the page editor are errors on the field, never a 500 or a broken draft."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from clarinet_site.models import ContactFormField, ContactPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
GREEK_LABEL = "Ποιο είναι το όνομα του δήμου ή της οργάνωσης που εκπροσωπείτε σήμερα"[:64]


def field_data(field: ContactFormField | None = None, **values) -> dict:
    """POST data of one form-builder row: a saved `field` as it is, or a new one from `values`."""
    data = {"id": str(field.pk) if field else "", "field_type": "singleline", "required": "on"}
    for code in LANGUAGES:
        for name in ("label", "help_text", "choices"):
            data[f"{name}_{code}"] = getattr(field, f"{name}_{code}", None) or "" if field else ""
    if field:
        data.update(field_type=field.field_type, required="on" if field.required else "")
        data["autocomplete"] = field.autocomplete
        data["default_value"] = field.default_value
    data.update(values)
    return data


def edit_data(page: ContactPage, new_fields: list[dict], publish: bool = True) -> dict:
    """POST data of the contact page's edit form: every saved field unchanged, plus `new_fields`."""
    saved = list(page.form_fields.all())
    data = {"action-publish": "publish"} if publish else {}
    for code in LANGUAGES:
        data[f"title_{code}"] = getattr(page, f"title_{code}") or ""
        data[f"slug_{code}"] = getattr(page, f"slug_{code}") or ""
        data[f"intro_{code}"] = ""
        data[f"body_{code}"] = streamfield([])
        data[f"thank_you_text_{code}"] = rich_text(getattr(page, f"thank_you_text_{code}") or "")
    data["form_fields"] = inline_formset([field_data(f) for f in saved] + new_fields, initial=len(saved))
    return nested_form_data(data)


def post_edit(editor_client, page, new_fields, publish=True):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return editor_client.post(url, edit_data(page, new_fields, publish=publish))


def field_errors(response, index: int) -> dict:
    formset = response.context["form"].formsets["form_fields"]
    return formset.forms[index].errors


def test_unchanged_contact_page_publishes(editor_client, contact_page):
    """The control: the helper's data is a valid edit, so the errors below come from the labels."""
    response = post_edit(editor_client, contact_page, [field_data(label_en="Town or city")])

    assert response.status_code == 302
    assert ContactPage.objects.get().form_fields.filter(clean_name="town_or_city").exists()


def test_greek_label_too_long_for_its_key_is_a_field_error_and_leaves_no_draft(editor_client, contact_page):
    revisions = contact_page.revisions.count()
    fields = contact_page.form_fields.count()

    response = post_edit(editor_client, contact_page, [field_data(label_en=GREEK_LABEL, label_el=GREEK_LABEL)])

    assert response.status_code == 200, "the edit form again, with the error"
    [error] = field_errors(response, fields)["label_en"]
    assert "at most 255 fit" in error
    contact_page.refresh_from_db()
    assert contact_page.revisions.count() == revisions, "no broken draft is left"
    assert not contact_page.has_unpublished_changes
    # The next publish of the page works.
    assert post_edit(editor_client, contact_page, []).status_code == 302


def test_second_field_with_the_same_english_label_is_a_field_error(editor_client, contact_page):
    existing = contact_page.form_fields.get(clean_name="organisation")
    fields = contact_page.form_fields.count()

    response = post_edit(editor_client, contact_page, [field_data(label_en=existing.label_en, label_hu="Szervezet")])

    assert response.status_code == 200
    [error] = field_errors(response, fields)["label_en"]
    assert "A field with this name exists already (organisation)" in error
    assert contact_page.form_fields.count() == fields
    assert contact_page.revisions.count() == ContactPage.objects.get().revisions.count()


def test_two_new_fields_with_one_label_are_refused_too(editor_client, contact_page):
    fields = contact_page.form_fields.count()

    response = post_edit(
        editor_client,
        contact_page,
        [field_data(label_en="Town or city"), field_data(label_en="Town or City!")],
        publish=False,
    )

    assert response.status_code == 200
    assert "label_en" not in field_errors(response, fields)
    assert "A field with this name exists already (town_or_city)" in field_errors(response, fields + 1)["label_en"][0]


def test_label_without_letters_or_digits_is_a_field_error(editor_client, contact_page):
    fields = contact_page.form_fields.count()

    response = post_edit(editor_client, contact_page, [field_data(label_en="???")])

    assert response.status_code == 200
    assert "at least one letter or digit" in field_errors(response, fields)["label_en"][0]


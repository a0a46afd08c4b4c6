"""The contact page as visitors see it: translated form, accessible errors, only the CSRF cookie."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from clarinet_site.contact import spam
from clarinet_site.models import ContactFormField, ContactSubmission
from tests.contact.conftest import url_in, valid_data

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_form_is_shown_with_labels_in_the_page_language(client, contact_page, code):
    response = client.get(url_in(contact_page, code))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    field = ContactFormField.objects.get(page=contact_page, clean_name="email")
    label = soup.find("label", attrs={"for": "id_email"})
    assert label.get_text(strip=True) == getattr(field, f"label_{code}")
    assert soup.find("input", attrs={"name": "email"})["autocomplete"] == "email"
    assert soup.find("input", attrs={"name": "name"})["autocomplete"] == "name"
    assert soup.find("input", attrs={"name": "organisation"})["autocomplete"] == "organization"
    assert soup.find("input", attrs={"name": spam.TOKEN_FIELD})["value"]


def test_privacy_acknowledgement_links_to_the_privacy_notice(client, contact_page):
    soup = BeautifulSoup(client.get(url_in(contact_page, "hu")).content, "html.parser")

    checkbox = soup.find("input", attrs={"name": "privacy"})
    help_text = soup.find(id=checkbox["aria-describedby"])
    assert help_text.find("a")["href"] == "/hu/privacy/"
    assert "12 hónapig" in soup.find("label", attrs={"for": "id_privacy"}).get_text()


def test_page_sets_only_the_csrf_cookie_and_is_never_cached(client, contact_page):
    response = client.get(url_in(contact_page, "en"))

    assert set(response.cookies) == {"csrftoken"}
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]

    client.cookies.clear()
    sent = client.post(url_in(contact_page, "en"), valid_data())
    assert sent.status_code == 200
    assert "sessionid" not in sent.cookies and "sessionid" not in client.cookies


def test_form_posts_need_the_csrf_token(contact_page):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    refused = strict.post(url_in(contact_page, "hu"), valid_data())

    assert refused.status_code == 403
    assert not ContactSubmission.objects.exists()
    soup = BeautifulSoup(refused.content, "html.parser")
    assert soup.html["lang"] == "hu"
    assert "térjen vissza az űrlaphoz" in soup.get_text()  # the explanation, in the visitor's language


def test_missing_fields_give_a_400_with_an_error_summary_in_the_visitor_language(client, contact_page):
    response = client.post(url_in(contact_page, "hu"), valid_data(name="", privacy=None))

    assert response.status_code == 400
    assert not ContactSubmission.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.find(id="error-summary")
    assert summary["role"] == "alert"
    links = {a["href"] for a in summary.find_all("a")}
    assert links == {"#id_name", "#id_privacy"}
    with translation.override("hu"):
        required = translation.gettext("This field is required.")
    assert required != "This field is required."
    name = soup.find("input", attrs={"name": "name"})
    assert name["aria-invalid"] == "true"
    error = soup.find(id="id_name_error")
    assert required in error.get_text()
    assert "id_name_error" in name["aria-describedby"].split()
    # What the visitor typed is still there.
    assert soup.find("input", attrs={"name": "email"})["value"] == "visitor@example.org"
    assert "Szeretnék többet tudni" in soup.find("textarea", attrs={"name": "message"}).get_text()


def test_field_keys_come_from_the_english_label_whatever_the_editor_language(contact_page):
    with translation.override("hu"):
        field = ContactFormField(
            page=contact_page, field_type="singleline", label_en="Phone number", label_hu="Telefonszám"
        )
        field.save()
    assert field.clean_name == "phone_number"

    field.label_en = "Telephone"
    field.save()
    assert field.clean_name == "phone_number", "a stored key never changes"


def test_landing_page_is_in_the_visitor_language(client, contact_page):
    response = client.post(url_in(contact_page, "hu"), valid_data())

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "hu"
    assert "Köszönjük!" in soup.get_text()


@pytest.mark.parametrize("mode, text", [("form", 'name="message"'), ("landing", "Thanks, we got it.")])
def test_admin_previews_of_form_and_thank_you_page(contact_page, mode, text):
    response = contact_page.make_preview_request(preview_mode=mode)

    assert response.status_code == 200
    assert text in response.rendered_content


@pytest.mark.parametrize("label", ["Homepage", "Form token"])
def test_editor_fields_never_take_the_names_of_the_spam_checks(contact_page, label):
    field = ContactFormField(page=contact_page, field_type="singleline", label_en=label)
    field.save()

    assert field.clean_name not in spam.RESERVED_FIELD_NAMES
    assert field.clean_name.endswith("_field")

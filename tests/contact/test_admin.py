"""The coordinator's side: export (CSV with BOM, XLSX, no formulas), who reads messages, who sets the recipient."""

import csv
import io
import json

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Site

from clarinet_site.models import ContactFormField, ContactSubmission, SiteSettings
from tests.contact.conftest import COORDINATOR, url_in, valid_data

pytestmark = pytest.mark.django_db

HOSTILE = {
    "name": '=HYPERLINK("http://evil.example","click")',
    "organisation": "+SUM(1,2)",
    "message": "@cmd|' /C calc'!A0",
}


@pytest.fixture
def submissions(client, contact_page):
    client.post(url_in(contact_page, "hu"), valid_data(name="Kovács Őrs", organisation="Cromo Alapítvány"))
    client.post(url_in(contact_page, "el"), valid_data(name="Ελένη Παπαδοπούλου", message="Καλημέρα σας"))
    client.post(url_in(contact_page, "en"), valid_data(**HOSTILE, topic="Something else"))
    assert ContactSubmission.objects.count() == 3
    client.logout()


def make_user(django_user_model, username, *groups, superuser=False):
    if superuser:
        return django_user_model.objects.create_superuser(username, f"{username}@example.org", "x" * 12)
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x" * 12)
    user.groups.add(*groups)
    return user


@pytest.fixture
def editors(db):
    """A group of partner editors: admin access, site settings, every page, but not the contact messages."""
    group = Group.objects.create(name="Partner editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_sitesettings"),
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=Page.get_first_root_node(), permission=Permission.objects.get(codename=codename)
        )
    return group


def export(client, page, fmt):
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    response = client.get(url, {"export": fmt})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_csv_export_opens_in_spreadsheets_with_every_value_and_no_formula(
    client, django_user_model, contact_page, submissions
):
    client.force_login(make_user(django_user_model, "admin", superuser=True))

    content = export(client, contact_page, "csv")

    assert content.startswith(b"\xef\xbb\xbf"), "UTF-8 byte order mark, so spreadsheet programs detect UTF-8"
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    header, *data = rows
    assert header[:7] == [
        "Submission date (Europe/Rome)",
        "Your name",
        "Your e-mail address",
        "Organisation",
        "Topic",
        "Your message",
        header[6],
    ]
    assert header[-2:] == ["Language", "Delivery"]
    assert len(data) == 3
    by_name = {row[1]: row for row in data}
    assert by_name["Kovács Őrs"][3] == "Cromo Alapítvány"
    assert by_name["Ελένη Παπαδοπούλου"][5] == "Καλημέρα σας"
    assert by_name["Ελένη Παπαδοπούλου"][-2] == "Ελληνικά (el)"
    assert by_name["Kovács Őrs"][4] == "Press and media"
    hostile = by_name["'" + HOSTILE["name"]]
    assert hostile[3] == "'+SUM(1,2)"
    assert hostile[5] == "'" + HOSTILE["message"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_xlsx_export_keeps_greek_and_hungarian_and_stores_text_not_formulas(
    client, django_user_model, contact_page, submissions
):
    client.force_login(make_user(django_user_model, "admin", superuser=True))

    workbook = openpyxl.load_workbook(io.BytesIO(export(client, contact_page, "xlsx")))

    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    names = {row[1] for row in rows[1:]}
    assert {"Kovács Őrs", "Ελένη Παπαδοπούλου", "'" + HOSTILE["name"]} == names
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)


def test_exports_write_every_time_of_a_row_in_the_one_local_time_zone_named_in_the_heading(
    client, django_user_model, contact_page, submissions
):
    import datetime

    from django.utils import timezone

    sent = datetime.datetime(2021, 10, 2, 12, 30, 5, tzinfo=datetime.UTC)  # 14:30:05 in Rome (summer time)
    ContactSubmission.objects.update(submit_time=sent, delivered_at=sent)
    client.force_login(make_user(django_user_model, "admin", superuser=True))

    content = export(client, contact_page, "csv").decode("utf-8-sig")
    header, *data = list(csv.reader(io.StringIO(content)))
    assert header[0] == "Submission date (Europe/Rome)"
    for row in data:
        assert row[0] == "2021-10-02 14:30:05"
        assert row[-1] == "Delivered 2 October 2021, 14:30"

    sheet = openpyxl.load_workbook(io.BytesIO(export(client, contact_page, "xlsx"))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Submission date (Europe/Rome)"
    assert {row[0] for row in rows[1:]} == {timezone.localtime(sent).replace(tzinfo=None)}
    assert {row[-1] for row in rows[1:]} == {"Delivered 2 October 2021, 14:30"}


def test_coordinator_group_reads_messages_and_editors_do_not(
    client, django_user_model, contact_page, submissions, editors
):
    url = reverse("wagtailforms:list_submissions", args=[contact_page.pk])
    client.force_login(make_user(django_user_model, "editor", editors))
    # Wagtail's admin answers "permission denied" with a redirect to the dashboard.
    for response in (client.get(url), client.get(url, {"export": "csv"})):
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")

    client.force_login(make_user(django_user_model, "coordinator", Group.objects.get(name="Coordinator")))
    listing = client.get(url)
    assert listing.status_code == 200
    assert "Ελένη Παπαδοπούλου" in listing.content.decode()
    assert "Delivered" in listing.content.decode()


def settings_form_data(response) -> dict:
    """The site settings form as the browser would send it back, unchanged."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", attrs={"method": "POST"}) or soup.find("form", attrs={"method": "post"})
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in {"submit", "button"}:
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected["value"] if selected else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data


def test_only_the_coordinator_role_may_change_the_recipient(client, django_user_model, contact_page, editors):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["clarinet_site", "sitesettings", site.pk])

    client.force_login(make_user(django_user_model, "editor", editors))
    page = client.get(url)
    assert page.status_code == 200, page.get("Location")
    data = settings_form_data(page)
    assert "coordinator_email" not in data
    assert "coordinator_organisation" in data
    data.update(coordinator_email="attacker@example.com", coordinator_organisation="Changed by an editor")
    client.post(url, data)
    site_settings = SiteSettings.for_site(site)
    assert site_settings.coordinator_organisation == "Changed by an editor"
    assert site_settings.coordinator_email == COORDINATOR

    client.force_login(make_user(django_user_model, "coordinator", Group.objects.get(name="Coordinator")))
    data = settings_form_data(client.get(url))
    assert data["coordinator_email"] == COORDINATOR
    data["coordinator_email"] = "new-coordinator@example.org"
    client.post(url, data)
    assert SiteSettings.for_site(site).coordinator_email == "new-coordinator@example.org"


def test_editors_edit_translated_form_fields_in_the_page_editor(client, django_user_model, contact_page):
    client.force_login(make_user(django_user_model, "admin", superuser=True))

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[contact_page.pk]) + "?language=all")
    add = client.get(
        reverse("wagtailadmin_pages:add", args=["clarinet_site", "contactpage", contact_page.pk])
    )

    assert edit.status_code == 200
    html = edit.content.decode()
    for name in [
        "form_fields-0-label_en",
        "form_fields-0-label_hu",
        "form_fields-3-choices_el",
        "form_fields-0-autocomplete",
        "thank_you_text_hu",
    ]:
        assert f'name="{name}"' in html, name
    assert 'name="to_address"' not in html, "the recipient comes from the site settings only"
    # One contact page per site (max_count) and only under the home page.
    assert add.status_code in (302, 403)


def test_new_field_added_in_the_hungarian_admin_gets_its_key_from_the_english_label(
    client, django_user_model, contact_page
):
    from django.utils import translation
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    client.force_login(make_user(django_user_model, "admin", superuser=True))
    existing = list(contact_page.form_fields.all())
    forms = [
        {
            "id": f.pk,
            "label_en": f.label_en,
            "label_hu": f.label_hu,
            "field_type": f.field_type,
            "required": f.required,
            "choices_en": f.choices_en,
            "choices_hu": f.choices_hu,
            "help_text_en": "",
            "default_value": "",
            "autocomplete": f.autocomplete,
        }
        for f in existing
    ]
    forms.append(
        {
            "label_en": "Phone number",
            "label_hu": "Telefonszám",
            "field_type": "singleline",
            "required": False,
            "choices_en": "",
            "default_value": "",
            "autocomplete": "tel",
        }
    )
    data = nested_form_data(
        {
            "title_en": "Contact",
            "slug_en": "contact",
            "title_hu": "Kapcsolat",
            "slug_hu": "kapcsolat",
            "intro_en": "",
            **{f"body_{code}": streamfield([]) for code in ("en", "it", "de", "sl", "el", "ro", "bg", "hu")},
            "thank_you_text_en": rich_text("<p>Thanks</p>"),
            "form_fields": inline_formset(forms, initial=len(existing)),
        }
    )
    data = {key: value for key, value in data.items() if value is not False and value is not None}
    data["action-publish"] = "action-publish"

    with translation.override("hu"):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[contact_page.pk]), data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    names = [field.clean_name for field in ContactFormField.objects.filter(page=contact_page)]
    assert names == ["name", "email", "organisation", "topic", "message", "privacy", "phone_number"]


def test_contact_messages_are_one_click_from_the_coordinators_menu(client, contact_page, django_user_model):
    """The main menu's "Contact messages" opens the contact page's messages, in the admin's language; a
    partner editor, who may not read them, has no such item."""
    from tests.admin_forms import coordinator, partner

    client.force_login(coordinator(django_user_model, admin_language="hu"))
    sidebar = sidebar_text(client)
    assert "Kapcsolatfelvételi üzenetek" in sidebar
    assert reverse("wagtailforms:list_submissions", args=[contact_page.pk]) in sidebar
    assert client.get(reverse("wagtailforms:list_submissions", args=[contact_page.pk])).status_code == 200

    client.force_login(partner(django_user_model, "hu"))
    assert "Kapcsolatfelvételi üzenetek" not in sidebar_text(client)


def sidebar_text(client) -> str:
    """The admin sidebar's menu (Wagtail sends it as JSON with non-ASCII escaped), as readable text."""
    page = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    return json.dumps(json.loads(page.select_one("#wagtail-sidebar-props").string), ensure_ascii=False)

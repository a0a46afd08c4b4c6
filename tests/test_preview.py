"""Preview in any site language from the edit view, whatever the reviewer's admin language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from clarinet_site.models import ContactPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def set_admin_language(code: str) -> None:
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="coordinator"))
    profile.preferred_language = code
    profile.save()


@pytest.fixture
def page(home):
    return StandardPageFactory(
        parent=home, title="Award ceremony", slug="award", title_hu="Díjátadó", slug_hu="dijatado"
    )


def edit_form(page, **changes):
    data = {"editing_language": "all"}  # the superuser's form with every language (clarinet_site.admin_forms)
    for code in LANGUAGES:
        data[f"title_{code}"] = getattr(page, f"title_{code}") or ""
        data[f"slug_{code}"] = getattr(page, f"slug_{code}") or ""
        data[f"intro_{code}"] = ""
        data[f"body_{code}"] = streamfield([])
    data.update(changes)
    return nested_form_data(data)


def preview(client, page, mode: str | None, **changes):
    """POST the edit form's data to the live preview, then GET the preview in `mode`; return the response."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(url, edit_form(page, **changes))
    assert posted.status_code == 200 and posted.json()["is_valid"]
    return client.get(url, {"mode": mode} if mode is not None else {})


def test_english_ui_reviewer_previews_the_hungarian_draft(editor_client, page):
    set_admin_language("en")
    response = preview(editor_client, page, "hu", intro_hu="A díjátadó ünnepség Barcelonában.")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "hu"
    assert "A díjátadó ünnepség Barcelonában." in html.get_text()
    assert html.find("h1").get_text(strip=True) == "Díjátadó"


def test_hungarian_ui_reviewer_previews_in_greek_and_english(editor_client, page):
    set_admin_language("hu")
    greek = preview(editor_client, page, "el", intro_el="Η τελετή απονομής.")
    assert BeautifulSoup(greek.content, "html.parser").html["lang"] == "el"
    assert "Η τελετή απονομής." in greek.content.decode()
    english = preview(editor_client, page, "en", intro_en="The award ceremony.")
    html = BeautifulSoup(english.content, "html.parser")
    assert html.html["lang"] == "en"
    assert html.find("h1").get_text(strip=True) == "Award ceremony"


def test_default_preview_is_in_the_admin_language(editor_client, page):
    set_admin_language("hu")
    response = preview(editor_client, page, None)
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "hu"


def test_default_preview_of_a_page_written_only_in_hungarian_is_hungarian_for_an_english_admin(editor_client, home):
    """The reviewer's "Preview" (panel, workflow link) must not open an empty English page."""
    set_admin_language("en")
    page = StandardPageFactory(parent=home, title="", slug="", title_hu="Piaci nap", slug_hu="piaci-nap")
    response = preview(editor_client, page, None, intro_hu="Piaci nap Pécsen.")
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "hu"
    assert html.find("h1").get_text(strip=True) == "Piaci nap"
    assert "Piaci nap Pécsen." in html.get_text()


def test_edit_view_offers_one_preview_mode_per_language_named_in_words(editor_client, page):
    set_admin_language("en")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    html = BeautifulSoup(response.content, "html.parser")
    select = html.find("select", attrs={"name": "preview_mode"})
    options = {option["value"]: option.get_text(strip=True) for option in select.find_all("option")}
    assert list(options) == LANGUAGES
    assert options["hu"] == "Hungarian (Magyar)"
    assert options["el"] == "Greek (Ελληνικά)"
    assert options["en"] == "English"
    assert select.find("option", selected=True)["value"] == "en"


def test_preview_mode_labels_follow_the_admin_language(editor_client, page):
    set_admin_language("hu")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    select = BeautifulSoup(response.content, "html.parser").find("select", attrs={"name": "preview_mode"})
    assert select.find("option", attrs={"value": "de"}).get_text(strip=True) == "Német (Deutsch)"
    assert select.find("option", selected=True)["value"] == "hu"


def test_unknown_preview_mode_shows_the_admin_language_not_a_500(editor_client, page):
    set_admin_language("hu")
    response = preview(editor_client, page, "xx")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "hu"


def test_contact_page_keeps_its_form_and_landing_previews(editor_client, home):
    assert [mode for mode, _label in ContactPage().preview_modes] == ["form", "landing"]


def test_preview_may_be_framed_by_the_admins_preview_panel(editor_client, page):
    # The public pages' CSP says frame-ancestors 'none'; the edit view shows the preview in a same-origin frame.
    response = preview(editor_client, page, "hu")
    policy = [part.strip() for part in response["Content-Security-Policy"].split(";")]
    assert "frame-ancestors 'self'" in policy and "frame-ancestors 'none'" not in policy
    assert "default-src 'self'" in policy  # the rest of the page policy stays
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    public = editor_client.get(page.localized_url("hu"))["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in [part.strip() for part in public.split(";")]

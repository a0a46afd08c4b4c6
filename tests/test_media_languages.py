"""Media in the editor's language: alt text per language with fallbacks (never a file name), documents that
start in the editor's language and reach the Downloads library only when listed with complete metadata."""

import importlib
import io

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.users.models import UserProfile

from clarinet_site.models import CustomDocument, CustomImage
from tests.news.factories import DownloadsPageFactory, NewsIndexPageFactory, NewsPageFactory, make_document

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def set_admin_language(code: str) -> None:
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="coordinator"))
    profile.preferred_language = code
    profile.save()


def png(name: str = "IMG_4711.png") -> ImageFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 40), "#0b3d91").save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def image(**descriptions) -> CustomImage:
    """An image titled like its file (as Wagtail's upload does) with the given `description_<code>` values."""
    picture = CustomImage(title="IMG_4711.png", file=png(), **descriptions)
    picture.save()
    return picture


@pytest.mark.parametrize(
    ("descriptions", "language", "expected"),
    [
        (
            {"description_en": "Mayors at the Award", "description_hu": "Polgármesterek"},
            "hu",
            "Polgármesterek",
        ),
        (
            {"description_en": "Mayors at the Award", "description_hu": "Polgármesterek"},
            "de",
            "Mayors at the Award",
        ),
        ({"description_hu": "Polgármesterek a díjátadón"}, "en", "Polgármesterek a díjátadón"),
        ({"description_hu": "Polgármesterek", "description_el": "Δήμαρχοι"}, "it", "Δήμαρχοι"),
        ({"description_hu": "Polgármesterek", "description_el": "Δήμαρχοι"}, "hu", "Polgármesterek"),
        ({}, "en", ""),
    ],
)
def test_alt_falls_back_to_english_then_any_language_never_the_file_name(
    media_root, descriptions, language, expected
):
    picture = image(**descriptions)
    with translation.override(language):
        assert picture.alt == expected
        assert picture.default_alt_text == expected
        assert "IMG_4711" not in picture.alt


def test_decorative_image_has_empty_alt(media_root):
    picture = image(description_en="Mayors at the Award", is_decorative=True)
    assert picture.alt == ""


def test_alt_typed_in_the_hungarian_admin_shows_on_the_english_news_listing(editor_client, home, media_root):
    picture = image(description_en="")
    set_admin_language("hu")
    response = editor_client.post(
        reverse("wagtailimages:edit", args=[picture.pk]),
        {
            "title": "IMG_4711.png",
            "description": "Polgármesterek a díjátadón",
            "collection": picture.collection_id,
            "tags": "",
            "credit": "",
            "licence": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    picture.refresh_from_db()
    assert picture.description_hu == "Polgármesterek a díjátadón"
    assert not picture.description_en  # nothing invented in English

    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Award ceremony", listing_image=picture)
    html = BeautifulSoup(editor_client.get("/en/news/").content, "html.parser")
    alts = [img.get("alt") for img in html.select("main img")]
    assert "Polgármesterek a díjátadón" in alts
    assert not any("IMG_4711" in (alt or "") for alt in alts)


def test_informative_image_without_alt_in_any_language_is_a_form_error(editor_client, media_root):
    picture = image(description_hu="Polgármesterek")
    set_admin_language("hu")
    response = editor_client.post(
        reverse("wagtailimages:edit", args=[picture.pk]),
        {"title": "IMG_4711.png", "description": "", "collection": picture.collection_id, "tags": ""},
    )
    assert response.status_code == 200
    assert "description" in response.context["form"].errors


def test_new_document_takes_the_editors_admin_language(editor_client):
    set_admin_language("hu")
    response = editor_client.get(reverse("wagtaildocs:add"))
    html = BeautifulSoup(response.content, "html.parser")
    selected = html.find("select", attrs={"name": "language"}).find("option", selected=True)
    assert selected["value"] == "hu"
    type_choice = html.find("select", attrs={"name": "document_type"}).find("option", selected=True)
    assert type_choice is None or type_choice["value"] == ""
    listed = html.find("input", attrs={"name": "listed"})
    assert listed is not None and not listed.has_attr("checked")

    with translation.override("el"):
        assert CustomDocument().language == "el"
    with translation.override("fr"):
        assert CustomDocument().language == "en"


def listed_titles(client) -> list[str]:
    html = BeautifulSoup(client.get("/en/downloads/").content, "html.parser")
    return sorted(item.select_one("a").get_text(strip=True) for item in html.select(".document-item"))


def test_downloads_lists_only_listed_documents_with_complete_metadata(client, home, media_root):
    DownloadsPageFactory(parent=home)
    make_document("Award rules", "award.pdf")
    make_document("Not chosen to list", "draft.pdf", listed=False)
    make_document("No year", "no_year.pdf", year=None)
    make_document("No type", "no_type.pdf", document_type="")
    assert listed_titles(client) == ["Award rules"]


def test_listing_a_document_without_type_or_year_is_a_form_error(editor_client, media_root):
    document = make_document("Progress report", "report.pdf", listed=False, document_type="", year=None)
    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Progress report",
            "collection": document.collection_id,
            "tags": "",
            "language": "hu",
            "document_type": "",
            "year": "",
            **{f"description_{code}": "" for code in LANGUAGES},
            "description": "",
            "listed": "on",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "document_type" in errors and "year" in errors
    document.refresh_from_db()
    assert not document.listed


def test_upgrade_lists_existing_documents_whose_metadata_is_complete(media_root):
    complete = make_document("Award rules", "award.pdf", listed=False)
    no_year = make_document("Notes", "notes.pdf", listed=False, year=None)
    migration = importlib.import_module("clarinet_site.migrations.0009_document_listing")
    migration.list_complete_documents(apps, None)
    complete.refresh_from_db()
    no_year.refresh_from_db()
    assert complete.listed and not no_year.listed

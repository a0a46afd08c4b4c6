"""Documents: stored where no media server reaches them, served only through Wagtail's serve view, to the
right people, with headers that never let an uploaded file run on the site's origin."""

import importlib
from pathlib import Path
from urllib.parse import quote

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction

from clarinet_site.models import CustomDocument
from tests.news.factories import make_document
from tests.uploads.files import (
    HTML_ATTACK,
    PDF_BYTES,
    SVG_ATTACK,
    docx_bytes,
    odt_bytes,
    ole2_bytes,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

UPLOAD_CSP = "default-src 'none'; sandbox"
# Chrome and Safari show no PDF in a sandboxed document: the inline type keeps the CSP without `sandbox`.
INLINE_PDF_CSP = "default-src 'none'"


@pytest.fixture
def partners_only(media_root):
    """The demo's "Partners only" collection (login required) holding one PDF."""
    collection = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return make_document("Partner meeting notes", "partner_meeting_notes.pdf", collection=collection)


def content(response) -> bytes:
    return b"".join(response.streaming_content)


# 1. Private files stay private


def test_documents_are_stored_outside_media_root_under_an_unguessable_folder(client, media_root, settings):
    first = make_document("Award rules", "award_rules.pdf")
    second = make_document("Award rules, again", "award_rules.pdf")
    for document in (first, second):
        path = Path(document.file.path)
        assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
        assert not path.is_relative_to(settings.MEDIA_ROOT)
        folder, token, name = document.file.name.split("/")
        assert (folder, name) == ("documents", "award_rules.pdf") and len(token) == 16
    assert first.file.name != second.file.name
    assert not (Path(settings.MEDIA_ROOT) / "documents").exists()
    # The visitor still downloads it under its own name.
    assert first.url == f"/documents/{first.pk}/award_rules.pdf"
    response = client.get(first.url)
    assert response.status_code == 200 and content(response) == PDF_BYTES
    assert 'filename="award_rules.pdf"' in response["Content-Disposition"]


def test_media_url_of_a_private_document_answers_404_even_with_serve_media(client, serve_media, partners_only):
    assert client.get(partners_only.url).status_code == 302  # the serve view asks for a login
    for path in (partners_only.file.name, "documents/partner_meeting_notes.pdf"):
        assert client.get(f"/media/{path}").status_code == 404
    # Not even a copy put back into the public folder by hand, whatever the spelling of the path.
    default_storage.save("documents/partner_meeting_notes.pdf", ContentFile(PDF_BYTES))
    for path in ("documents/partner_meeting_notes.pdf", "./documents/partner_meeting_notes.pdf"):
        assert client.get(f"/media/{path}").status_code == 404


def test_migration_moves_existing_documents_out_of_media(client, media_root, settings):
    document = make_document("Old upload", "old_upload.pdf")
    # As stored before: the uploaded name, in the public media folder.
    old_name = default_storage.save("documents/old_upload.pdf", ContentFile(PDF_BYTES))
    document.file.storage.delete(document.file.name)
    CustomDocument.objects.filter(pk=document.pk).update(file=old_name)

    migration = importlib.import_module("clarinet_site.migrations.0004_documents_private")
    migration.move_to_private_storage(apps, None)

    document.refresh_from_db()
    assert not default_storage.exists(old_name)
    assert Path(document.file.path).is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert document.filename == "old_upload.pdf"
    response = client.get(document.url)
    assert response.status_code == 200 and content(response) == PDF_BYTES


def test_private_documents_go_to_partner_staff_only(
    client, partners_only, visitor_account, partner_editor, coordinator
):
    url = partners_only.url
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]

    client.force_login(visitor_account)
    refused = client.get(url)
    assert refused.status_code == 403
    assert "staff of the project partners" in refused.content.decode()
    in_hungarian = client.get(url, HTTP_ACCEPT_LANGUAGE="hu")
    assert in_hungarian.status_code == 403
    assert "projektpartnerek munkatársainak" in in_hungarian.content.decode()

    for user in (partner_editor, coordinator):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200 and content(response) == PDF_BYTES


def test_private_documents_are_never_stored_by_a_shared_cache(client, partners_only, coordinator, media_root):
    public = make_document("Award rules", "award_rules.pdf")
    assert "private" not in client.get(public.url).get("Cache-Control", "")
    assert client.get(partners_only.url)["Cache-Control"] == "private, no-store"  # the login redirect too
    client.force_login(coordinator)
    response = client.get(partners_only.url)
    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


def test_admin_says_images_are_always_public(editor_client):
    response = editor_client.get(reverse("wagtailimages:add"))
    assert "Images are always public" in response.content.decode()


# 2. Nothing an editor uploads runs on the site's origin; 6. download headers


def test_pdf_opens_in_the_browser_with_headers_that_forbid_scripts(client, media_root):
    document = make_document("Beszámoló", "Beszámoló_2021_ősz.pdf", language="hu")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline;")
    assert f"filename*=UTF-8''{quote('Beszámoló_2021_ősz.pdf')}" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == INLINE_PDF_CSP
    assert "Content-Encoding" not in response
    assert response["Content-Language"] == "hu"


def test_a_revalidated_download_keeps_the_headers(client, media_root):
    document = make_document("Figures", "figures.csv", language="it")
    etag = client.get(document.url)["ETag"]
    response = client.get(document.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["Content-Security-Policy"] == UPLOAD_CSP
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("figures.csv", b"year,documents\n2021,3\n"),
        ("notes.txt", "Jegyzetek: ősz 2021\n".encode()),
        ("report.docx", docx_bytes()),
        ("report.odt", odt_bytes()),
        ("report.doc", ole2_bytes()),
        ("materials.zip", zip_bytes({"readme.txt": b"Training materials"})),
    ],
)
def test_every_format_but_pdf_is_downloaded_as_an_attachment(editor_client, client, media_root, filename, data):
    response = editor_client.post(reverse("wagtaildocs:add"), upload_form(filename, data))
    assert response.status_code == 302, response.context["form"].errors
    document = CustomDocument.objects.get()
    response = client.get(document.url)
    assert response.status_code == 200 and content(response) == data
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == UPLOAD_CSP
    assert "Content-Encoding" not in response


def upload_form(filename: str, data: bytes) -> dict:
    """Return the admin's document upload form data for a file `filename` holding `data`."""
    return {
        "title": "Uploaded document",
        "file": SimpleUploadedFile(filename, data),
        "collection": Collection.get_first_root_node().pk,
        "language": "en",
        "document_type": "other",
    }


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("attack.html", HTML_ATTACK),
        ("attack.htm", HTML_ATTACK),
        ("attack.svg", SVG_ATTACK),
        ("attack.js", b"fetch('/admin/')"),
        ("attack.xml", b"<?xml version='1.0'?><x/>"),
        ("report.exe", b"MZ\x90\x00"),
    ],
)
def test_types_outside_the_allow_list_are_refused(editor_client, media_root, filename, data):
    response = editor_client.post(reverse("wagtaildocs:add"), upload_form(filename, data))
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not CustomDocument.objects.exists()


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("report.pdf", HTML_ATTACK),
        ("notes.txt", HTML_ATTACK),
        ("figures.csv", SVG_ATTACK),
        ("notes.txt", b"  <script>alert(1)</script>"),
        ("report.docx", HTML_ATTACK),
        ("report.docx", zip_bytes({"index.html": HTML_ATTACK})),
        ("report.odt", docx_bytes()),
        ("report.doc", HTML_ATTACK),
        ("materials.zip", b"PK\x03\x04 not really a zip"),
    ],
)
def test_a_file_whose_content_is_not_its_type_gets_a_field_error(editor_client, media_root, filename, data):
    response = editor_client.post(reverse("wagtaildocs:add"), upload_form(filename, data))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["file"], errors
    assert "its content does not match its name" in errors["file"][0]
    assert not CustomDocument.objects.exists()


def test_size_cap_is_enforced_and_stated_on_the_form(editor_client, media_root, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    url = reverse("wagtaildocs:add")
    form_page = editor_client.get(url).content.decode()
    assert "Maximum filesize: 1.0\xa0KB." in form_page
    assert "Allowed formats: PDF, DOC, DOCX" in form_page
    response = editor_client.post(url, upload_form("big.pdf", PDF_BYTES + b"0" * 2048))
    assert response.status_code == 200
    assert "This file is too big" in response.context["form"].errors["file"][0]
    assert not CustomDocument.objects.exists()


def test_system_check_refuses_a_private_folder_inside_a_public_one(settings, tmp_path):
    from clarinet_site.uploads.system_checks import check_private_media_root

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    assert check_private_media_root() == []
    for private in (tmp_path / "media" / "private", tmp_path / "static", tmp_path):
        settings.PRIVATE_MEDIA_ROOT = private
        assert {error.id for error in check_private_media_root()} == {"clarinet_site.E101"}

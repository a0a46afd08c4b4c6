"""Editors in the Wagtail admin: per-language fields, form errors instead of 500s, tree rules."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from campaigns.models import CampaignIndexPage, TrainingIndexPage
from clarinet_site.models import ContactPage, HomePage, StandardPage
from news.models import DownloadsPage, NewsIndexPage
from tests.factories import StandardPageFactory
from toolkit.models import GoodPracticeIndexPage, ToolkitPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def page_form(**extra):
    # The form for every language at once (a superuser's choice; the default is one language).
    data = {
        "editing_language": "all",
        "title_en": "Privacy notice",
        "slug_en": "privacy",
        "intro_en": "",
        "body_en": streamfield([]),
    }
    for code in LANGUAGES[1:]:
        data.setdefault(f"title_{code}", "")
        data.setdefault(f"slug_{code}", "")
        data.setdefault(f"intro_{code}", "")
        data[f"body_{code}"] = streamfield([])
    data.update(extra)
    return nested_form_data(data)


def test_admin_login_page_is_served(client):
    assert client.get("/admin/login/").status_code == 200


def test_edit_form_shows_a_field_per_language(editor_client, home):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]) + "?language=all")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    for code in LANGUAGES:
        assert html.find(attrs={"name": f"title_{code}"}) is not None, code
        assert html.find(attrs={"name": f"slug_{code}"}) is not None, code


def test_duplicate_slug_in_one_language_is_a_form_error(editor_client, home):
    StandardPageFactory(parent=home, title="About", slug="about", title_hu="Rólunk", slug_hu="rolunk")
    url = reverse("wagtailadmin_pages:add", args=["clarinet_site", "standardpage", home.pk])
    response = editor_client.post(url, page_form(title_hu="Adatvédelem", slug_hu="rolunk"))
    assert response.status_code == 200  # the form again, not a 500
    form = response.context["form"]
    assert "slug_hu" in form.errors
    assert StandardPage.objects.filter(slug_en="privacy").count() == 0


def test_editor_creates_a_translated_page(editor_client, home):
    url = reverse("wagtailadmin_pages:add", args=["clarinet_site", "standardpage", home.pk])
    response = editor_client.post(
        url,
        page_form(title_hu="Adatvédelmi tájékoztató", slug_hu="adatvedelem", **{"action-publish": "publish"}),
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug_en="privacy")
    assert page.live
    assert page.localized_url("hu") == "/hu/adatvedelem/"


@pytest.mark.parametrize(
    ("model", "parents"),
    [
        (HomePage, {Page}),
        (StandardPage, {HomePage, StandardPage}),
        (ContactPage, {HomePage}),
        (ToolkitPage, {HomePage}),
        (GoodPracticeIndexPage, {HomePage}),
        (TrainingIndexPage, {HomePage}),
        (CampaignIndexPage, {HomePage}),
        (NewsIndexPage, {HomePage}),
        (DownloadsPage, {HomePage}),
    ],
)
def test_page_types_can_only_be_created_where_they_belong(model, parents):
    assert set(model.allowed_parent_page_models()) == parents


def upload(name="routes.png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from clarinet_site.demo.images import draw_illustration

    return SimpleUploadedFile(name, draw_illustration(name, size=(200, 120)), content_type="image/png")


def test_image_without_alt_text_is_refused_unless_decorative(editor_client):
    from wagtail.models import Collection

    from clarinet_site.models import CustomImage

    url = reverse("wagtailimages:add")
    collection = Collection.get_first_root_node().pk
    response = editor_client.post(url, {"title": "Routes", "file": upload(), "collection": collection})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["description"], errors
    assert not CustomImage.objects.exists()

    response = editor_client.post(
        url,
        {"title": "Pattern", "file": upload("pattern.png"), "collection": collection, "is_decorative": "on"},
    )
    assert response.status_code == 302
    image = CustomImage.objects.get()
    assert image.is_decorative and image.alt == ""

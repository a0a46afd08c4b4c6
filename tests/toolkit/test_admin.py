"""Editors build the toolkit and the showcase in the Wagtail admin, only where each page type belongs."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.factories import ThemeFactory
from tests.toolkit.factories import GoodPracticePageFactory, ToolkitChapterPageFactory
from toolkit.models import GoodPracticePage, PracticeCitation, ToolkitChapterPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def translated(**fields) -> dict:
    """Form data with every translated field of `fields` given in English and empty elsewhere."""
    data = {}
    for name, value in fields.items():
        is_stream = isinstance(value, list)
        for code in LANGUAGES:
            data[f"{name}_{code}"] = value if code == "en" else (streamfield([]) if is_stream else "")
        if is_stream:
            data[f"{name}_en"] = streamfield(value)
    return data


def listblock(values: list) -> dict:
    """ListBlock form data, as wagtail.test.utils.form_data.streamfield gives for a StreamField."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i), "id": ""} for i, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def add_url(model: str, parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["toolkit", model, parent.pk])


def test_add_and_edit_forms_render(editor_client, toolkit, showcase):
    section = ToolkitChapterPageFactory(parent=toolkit)
    practice = GoodPracticePageFactory(parent=showcase)
    for url in (
        add_url("toolkitchapterpage", toolkit),
        add_url("toolkitchapterpage", section),
        add_url("goodpracticepage", showcase),
        reverse("wagtailadmin_pages:edit", args=[toolkit.pk]),
        reverse("wagtailadmin_pages:edit", args=[practice.pk]),
        reverse("wagtailadmin_pages:edit", args=[section.pk]),
    ):
        assert editor_client.get(url).status_code == 200, url
    content = editor_client.get(
        reverse("wagtailadmin_pages:edit", args=[toolkit.pk]) + "?language=all"
    ).content.decode()
    # the toolkit's document is chosen per language
    assert "downloads-__prefix__-document_hu" in content


def test_no_chapter_below_a_chapter(editor_client, toolkit):
    section = ToolkitChapterPageFactory(parent=toolkit)
    chapter = ToolkitChapterPageFactory(parent=section)
    response = editor_client.get(add_url("toolkitchapterpage", chapter))
    assert response.status_code in (302, 403)
    assert ToolkitChapterPage.objects.count() == 2


def test_editor_publishes_a_practice_and_a_chapter_citing_it(editor_client, toolkit, showcase):
    art = ThemeFactory(name="Art", slug="art")
    data = nested_form_data(
        {
            **translated(
                title="Open Mosque",
                slug="open-mosque",
                intro="Mosques open to all.",
                organisation="City of Turin",
                city="Turin",
                video_title="",
                body=[],
            ),
            "country": "IT",
            "category": "public-events",
            "year": "2019",
            "result": "winner",
            "video_url": "",
            "website": "",
            "gallery_images": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["themes"] = [str(art.pk)]  # a multiple choice: nested_form_data would number a list
    response = editor_client.post(add_url("goodpracticepage", showcase), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    practice = GoodPracticePage.objects.get(slug_en="open-mosque")
    assert practice.live and list(practice.themes.all()) == [art]

    body = [("practices", {"heading": "", "level": "h3", "text": "", "practices": listblock([practice.pk])})]
    data = nested_form_data(
        {
            **translated(title="Public events", slug="public-events", intro="", part="", body=body),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(add_url("toolkitchapterpage", toolkit), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    chapter = ToolkitChapterPage.objects.get(slug_en="public-events")
    assert PracticeCitation.objects.filter(chapter=chapter, practice=practice).exists()


def test_reserved_slug_and_bad_video_are_form_errors(editor_client, toolkit, showcase):
    data = nested_form_data({**translated(title="All", slug="all", intro="", part="", body=[])})
    response = editor_client.post(add_url("toolkitchapterpage", toolkit), data)
    assert response.status_code == 200  # the form again, not a 500
    assert "slug_en" in response.context["form"].errors
    data = practice_form(video_url="https://example.org/film.mp4")
    response = editor_client.post(add_url("goodpracticepage", showcase), data)
    assert response.status_code == 200
    assert "video_url" in response.context["form"].errors
    assert not GoodPracticePage.objects.filter(slug_en="film").exists()


def practice_form(**extra) -> dict:
    data = nested_form_data(
        {
            **translated(
                title="Film", slug="film", intro="", organisation="Town", city="", video_title="", body=[]
            ),
            "country": "IT",
            "category": "public-events",
            "year": "",
            "result": "entry",
            "video_url": "",
            "website": "",
            "gallery_images": inline_formset([]),
        }
    )
    data.update(extra)
    return data


def test_previews_of_new_pages(editor_client, toolkit, showcase):
    section = ToolkitChapterPageFactory(parent=toolkit, title="Section")
    cases = [
        (("toolkit", "goodpracticepage", showcase.pk), practice_form()),
        (
            ("toolkit", "toolkitchapterpage", section.pk),
            nested_form_data(translated(title="New chapter", slug="new-chapter", intro="", part="", body=[])),
        ),
    ]
    for args, data in cases:
        url = reverse("wagtailadmin_pages:preview_on_add", args=args)
        assert editor_client.post(url, data).json()["is_valid"], args
        response = editor_client.get(url)
        assert response.status_code == 200, args

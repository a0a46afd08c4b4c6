"""Copying a page in the admin keeps every language's title and slug, whatever the script of the slug."""

from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from clarinet_site.models import StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]

TRANSLATIONS = {
    "title_el": "Σχετικά με εμάς",
    "slug_el": "σχετικά-με-εμάς",
    "title_bg": "За нас",
    "slug_bg": "за-нас",
    "title_hu": "Rólunk",
    "slug_hu": "rólunk",
}


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="About", slug="about", **TRANSLATIONS)


def set_admin_language(username: str, code: str) -> None:
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = code
    profile.save()


def copy_form(page, parent, **changes):
    """The copy form as the admin pre-fills it (every language's title and slug), with `changes` applied."""
    data = {"new_parent_page": parent.pk}
    for code in LANGUAGES:
        data[f"new_title_{code}"] = getattr(page, f"title_{code}") or ""
        data[f"new_slug_{code}"] = getattr(page, f"slug_{code}") or ""
    data.update(changes)
    return data


def test_copy_form_is_prefilled_with_each_languages_own_slug(editor_client, about):
    response = editor_client.get(reverse("wagtailadmin_pages:copy", args=[about.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["new_slug_el"].value() == "σχετικά-με-εμάς"
    assert form["new_slug_bg"].value() == "за-нас"
    assert form["new_slug_hu"].value() == "rólunk"
    assert form["new_slug_en"].value() == "about"


@pytest.mark.parametrize("admin_language", ["en", "hu"])
def test_copy_with_greek_bulgarian_and_hungarian_slugs(editor_client, home, about, admin_language):
    set_admin_language("coordinator", admin_language)

    response = editor_client.post(
        reverse("wagtailadmin_pages:copy", args=[about.pk]),
        copy_form(
            about,
            home,
            new_title_en="About (copy)",
            new_slug_en="about-copy",
            new_slug_el="σχετικά-με-εμάς-αντίγραφο",
            new_slug_bg="за-нас-копие",
            new_slug_hu="rólunk-másolat",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    copy = StandardPage.objects.get(slug_en="about-copy")
    assert copy.slug_el == "σχετικά-με-εμάς-αντίγραφο"
    assert copy.slug_bg == "за-нас-копие"
    assert copy.slug_hu == "rólunk-másolat"
    assert copy.title_hu == "Rólunk"
    assert copy.title_en == "About (copy)"
    assert unquote(copy.localized_url("bg")) == "/bg/за-нас-копие/"


def test_copy_keeps_a_duplicate_greek_slug_a_form_error(editor_client, home, about):
    response = editor_client.post(
        reverse("wagtailadmin_pages:copy", args=[about.pk]),
        copy_form(about, home, new_slug_en="about-copy"),  # the Greek slug is still the original's
    )
    assert response.status_code == 200
    assert "new_slug_el" in response.context["form"].errors
    assert not StandardPage.objects.filter(slug_en="about-copy").exists()


def test_edit_form_accepts_the_same_unicode_slugs(editor_client, about):
    data = {}
    for code in LANGUAGES:
        data[f"title_{code}"] = getattr(about, f"title_{code}") or ""
        data[f"slug_{code}"] = getattr(about, f"slug_{code}") or ""
        data[f"intro_{code}"] = ""
        data[f"body_{code}"] = streamfield([])
    data["slug_bg"] = "за-нас-ново"
    data["editing_language"] = "all"  # a superuser may show and post every language at once
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[about.pk]), nested_form_data(data))
    assert response.status_code == 302
    about.refresh_from_db()
    assert about.get_latest_revision_as_object().slug_bg == "за-нас-ново"

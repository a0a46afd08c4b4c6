"""Admin search finds pages by their title in any language; the explorer shows titles in the admin's language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from clarinet_site.models import StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def set_admin_language(code: str) -> None:
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="coordinator"))
    profile.preferred_language = code
    profile.save()


@pytest.fixture
def award(home):
    return StandardPageFactory(
        parent=home,
        title="Award ceremony in Barcelona",
        slug="award-ceremony",
        title_hu="Díjátadó ünnepség Barcelonában",
        slug_hu="dijatado",
        title_el="Τελετή απονομής στη Βαρκελώνη",
    )


def search_titles(client, query: str) -> list[str]:
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": query})
    assert response.status_code == 200
    return [page.specific.title_en for page in response.context["pages"]]


@pytest.mark.parametrize("query", ["Díjátadó", "ünnepség", "Díját", "Τελετή", "Barcelona"])
def test_english_ui_search_finds_a_page_by_its_title_in_any_language(editor_client, award, query):
    set_admin_language("en")
    assert search_titles(editor_client, query) == ["Award ceremony in Barcelona"]


def test_hungarian_ui_search_finds_a_page_by_its_english_title(editor_client, award):
    set_admin_language("hu")
    assert search_titles(editor_client, "Barcelona") == ["Award ceremony in Barcelona"]
    assert search_titles(editor_client, "ceremony") == ["Award ceremony in Barcelona"]


def test_search_still_finds_the_english_title_after_a_hungarian_ui_editor_publishes(editor_client, award):
    set_admin_language("hu")
    data = {}
    for code in LANGUAGES:
        data[f"title_{code}"] = getattr(award, f"title_{code}") or ""
        data[f"slug_{code}"] = getattr(award, f"slug_{code}") or ""
        data[f"intro_{code}"] = ""
        data[f"body_{code}"] = streamfield([])
    data["title_hu"] = "Díjátadó Barcelonában"
    data["action-publish"] = "publish"
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[award.pk]), nested_form_data(data))
    assert response.status_code == 302

    set_admin_language("en")
    assert search_titles(editor_client, "ceremony") == ["Award ceremony in Barcelona"]
    assert search_titles(editor_client, "Barcelonában") == ["Award ceremony in Barcelona"]


def explorer_titles(client, parent) -> list[str]:
    response = client.get(reverse("wagtailadmin_explore", args=[parent.pk]))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in html.select("td.title a[href*='/edit/']")]


def test_hungarian_ui_explorer_lists_hungarian_titles_with_english_fallback(editor_client, home, award):
    StandardPageFactory(parent=home, title="Partners", slug="partners")  # no Hungarian title
    set_admin_language("hu")
    titles = explorer_titles(editor_client, home)
    assert "Díjátadó ünnepség Barcelonában" in titles
    assert "Partners" in titles
    assert "Award ceremony in Barcelona" not in titles


def test_english_ui_explorer_lists_english_titles(editor_client, home, award):
    set_admin_language("en")
    titles = explorer_titles(editor_client, home)
    assert "Award ceremony in Barcelona" in titles
    assert "Díjátadó ünnepség Barcelonában" not in titles


def test_explorer_shows_a_drafts_title_in_the_admin_language(editor_client, home, award):
    draft = StandardPage.objects.get(pk=award.pk)
    draft.title_hu = "Díjátadó (vázlat)"
    draft.save_revision()
    set_admin_language("hu")
    assert "Díjátadó (vázlat)" in explorer_titles(editor_client, home)
    set_admin_language("en")
    assert "Award ceremony in Barcelona" in explorer_titles(editor_client, home)

"""Editors can create news pages in the Wagtail admin, with themes, a related page and event details."""

import pytest
from bs4 import BeautifulSoup

from clarinet_site.languages import language_codes
from news.models import NewsPage
from tests.factories import ThemeFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_add_and_edit_forms_show_the_news_fields(editor_client, news_index):
    ThemeFactory(name="Art", slug="art")
    response = editor_client.get(f"/admin/pages/add/news/newspage/{news_index.pk}/?language=all")
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").select_one("form#page-edit-form")
    names = {field.get("name") for field in form.select("input, select, textarea")}
    assert {
        "date",
        "themes",
        "related_page",
        "event_start",
        "event_end",
        "event_place_en",
        "event_place_hu",
    } <= names
    page = NewsPageFactory(parent=news_index, title="Solidarity day")
    assert editor_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_publishing_an_event_that_ends_before_it_starts_shows_an_error_then_a_fix_publishes(
    editor_client, news_index
):
    page = NewsPageFactory(parent=news_index, title="Solidarity day", slug="solidarity-day")
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    form = BeautifulSoup(response.content, "html.parser").select_one("form#page-edit-form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        if field.name == "select":
            selected = field.select_one("option[selected]")
            data[field["name"]] = selected["value"] if selected else ""
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data[field["name"]] = field.get("value", "on")
        elif field.get("type") not in {"submit", "button", "file"}:
            data[field["name"]] = field.get("value", "") if field.name == "input" else field.get_text()
    # StreamFields are drawn by the admin's JavaScript: post them empty, one per language column.
    data.update({f"body_{code}-count": "0" for code in language_codes()})
    data.update(event_start="2021-10-03", event_end="2021-10-01", **{"action-publish": "publish"})
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200  # the form comes back with errors instead of saving
    assert "The event cannot end before it starts." in response.content.decode()
    assert NewsPage.objects.get(pk=page.pk).event_end is None

    data.update(event_end="2021-10-05")
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    assert NewsPage.objects.get(pk=page.pk).event_end.isoformat() == "2021-10-05"

"""The page form shows one language at a time, the server enforces it, and a page may exist in one language only.

Item 2 and 3 of the editors' issue: a Hungarian partner editor sees and changes only Hungarian fields (a crafted
POST for another language changes nothing), a coordinator switches the language shown, a partner's
Hungarian-only page is published through the coordinator's review, and the base (untranslated) title, slug and
URL path never take the language of whoever saved last.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.users.models import UserProfile

from clarinet_site.languages import language_codes
from news.models import NewsPage
from tests.admin_forms import coordinator, form_data, form_fields, make_editor, partner
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

OTHER_THAN_HU = [code for code in language_codes() if code != "hu"]


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, title_hu="Hírek", slug_hu="hirek")


@pytest.fixture
def news(news_index):
    return NewsPageFactory(
        parent=news_index,
        title="Award ceremony in Barcelona",
        slug="award-ceremony",
        intro="The winners were announced in Barcelona.",
        title_it="Cerimonia a Barcellona",
        slug_it="cerimonia",
    )


def edit_url(page, query: str = "") -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk]) + query


def field_names(response) -> set[str]:
    return {field.get("name") for field in form_fields(response.content).select("input, select, textarea")}


def base_columns(page) -> dict:
    """The page's untranslated columns as stored (modeltranslation's manager would rewrite `title`)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title, draft_title, slug, url_path FROM wagtailcore_page WHERE id = %s", [page.pk]
        )
        return dict(zip(["title", "draft_title", "slug", "url_path"], cursor.fetchone(), strict=True))


def test_hungarian_editor_sees_only_hungarian_fields_named_in_words(client, django_user_model, news):
    client.force_login(partner(django_user_model, "hu"))
    response = client.get(edit_url(news))
    assert response.status_code == 200
    names = field_names(response)
    assert {"title_hu", "slug_hu", "intro_hu", "event_place_hu", "date"} <= names
    assert not {name for name in names if name.rsplit("_", 1)[-1] in OTHER_THAN_HU}
    form = form_fields(response.content)
    with translation.override("hu"):
        expected = f"Cím ({dict(settings.LANGUAGES)['hu']})"
    label = form.select_one('label[for="id_title_hu"]').get_text(" ", strip=True)
    assert label.startswith(expected), label
    assert "[hu]" not in form.get_text()
    # Required marks only where required: of the language fields, only the title.
    required = {field["name"] for field in form.select("[required]")}
    assert {name for name in required if name.endswith("_hu")} == {"title_hu"}
    reference = form.select_one(".clarinet-editing-language__reference")
    assert reference.select_one('dd[lang="en"]').get_text() == "Award ceremony in Barcelona"
    # One language, no switch to offer.
    assert form.select_one(".clarinet-editing-language__choices") is None


def test_crafted_post_for_other_languages_changes_nothing(client, django_user_model, news):
    client.force_login(partner(django_user_model, "hu"))
    data = form_data(client.get(edit_url(news)).content)
    data.update(
        title_hu="Díjátadó Barcelonában",
        title_it="Cambiato",
        slug_it="cambiato",
        title_en="Changed",
        intro_en="Changed",
        editing_language="it",
    )
    response = client.post(edit_url(news), data)
    assert response.status_code == 302
    draft = Page.objects.get(pk=news.pk).specific.get_latest_revision_as_object()
    assert draft.title_hu == "Díjátadó Barcelonában"
    assert (draft.title_it, draft.slug_it) == ("Cerimonia a Barcellona", "cerimonia")
    assert (draft.title_en, draft.intro_en) == (
        "Award ceremony in Barcelona",
        "The winners were announced in Barcelona.",
    )


def test_partner_cannot_switch_to_another_language(client, django_user_model, news):
    client.force_login(partner(django_user_model, "hu"))
    names = field_names(client.get(edit_url(news, "?language=it")))
    assert "title_hu" in names and "title_it" not in names
    assert "title_en" not in field_names(client.get(edit_url(news, "?language=all")))


def test_partner_with_two_languages_switches_between_them(client, django_user_model, news):
    user = partner(django_user_model, "hu")
    user.groups.add(Group.objects.get(name="Partner editors (en)"))
    client.force_login(user)
    response = client.get(edit_url(news, "?language=en"))
    assert "title_en" in field_names(response) and "title_hu" not in field_names(response)
    links = [a["href"] for a in form_fields(response.content).select(".clarinet-editing-language__choices a")]
    assert links == [edit_url(news, "?language=en"), edit_url(news, "?language=hu")]


def test_coordinator_switches_the_language_shown(client, django_user_model, news):
    client.force_login(coordinator(django_user_model))
    assert "title_en" in field_names(client.get(edit_url(news)))  # the admin language by default
    response = client.get(edit_url(news, "?language=hu"))
    names = field_names(response)
    assert "title_hu" in names and "title_en" not in names and "title_it" not in names
    form = form_fields(response.content)
    current = form.select_one('.clarinet-editing-language__choices a[aria-current="page"]')
    assert current["href"] == edit_url(news, "?language=hu")
    assert len(form.select(".clarinet-editing-language__choices a")) == len(language_codes()) + 1
    assert {f"title_{code}" for code in language_codes()} <= field_names(
        client.get(edit_url(news, "?language=all"))
    )


def test_coordinator_posting_one_language_keeps_the_others(client, django_user_model, news):
    client.force_login(coordinator(django_user_model))
    data = form_data(client.get(edit_url(news, "?language=it")).content)
    assert data["editing_language"] == "it"
    data.update(title_it="Cerimonia del Premio a Barcellona", **{"action-publish": "publish"})
    assert client.post(edit_url(news), data).status_code == 302
    page = NewsPage.objects.get(pk=news.pk)
    assert page.title_it == "Cerimonia del Premio a Barcellona"
    assert page.title_en == "Award ceremony in Barcelona"
    assert page.intro_en == "The winners were announced in Barcelona."


def test_hungarian_only_page_is_written_by_a_partner_and_published_by_the_coordinator(
    client, django_user_model, news_index
):
    client.force_login(partner(django_user_model, "hu"))
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    data = form_data(client.get(add_url).content)
    data.update(title_hu="Új partner csatlakozott", date="2024-05-02", **{"action-submit": "submit"})
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = NewsPage.objects.get(title_hu="Új partner csatlakozott")
    assert not page.live and not page.title_en and not page.slug_en
    assert page.slug_hu == "új-partner-csatlakozott"
    task_state = page.current_workflow_task_state
    assert task_state is not None and task_state.task.name == "Coordinator review"

    client.force_login(coordinator(django_user_model))
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live and not page.title_en
    # No English was invented: the base columns hold the page's only language.
    assert base_columns(page) == {
        "title": "Új partner csatlakozott",
        "draft_title": "Új partner csatlakozott",
        "slug": "új-partner-csatlakozott",
        "url_path": "/home/hirek/új-partner-csatlakozott/",
    }
    # Other languages reach it under its only slug (what they then show belongs to the public site).
    assert page.url_path_en == "/home/news/új-partner-csatlakozott/"
    assert client.get(page.localized_url("hu")).status_code == 200


@pytest.mark.parametrize("editing_language", ["hu", "all"])
def test_hungarian_ui_superuser_publishing_keeps_the_english_base_columns(
    client, django_user_model, news, editing_language
):
    before = base_columns(news)
    superuser = django_user_model.objects.create_superuser(
        "admin-hu", "admin-hu@example.org", "a-long-passphrase"
    )
    UserProfile.objects.update_or_create(user=superuser, defaults={"preferred_language": "hu"})
    client.force_login(superuser)
    data = form_data(client.get(edit_url(news, f"?language={editing_language}")).content)
    data.update(title_hu="Díjátadó Barcelonában", slug_hu="dijatado", **{"action-publish": "publish"})
    assert client.post(edit_url(news), data).status_code == 302
    page = NewsPage.objects.get(pk=news.pk)
    assert page.live and page.title_hu == "Díjátadó Barcelonában"
    assert (
        base_columns(page)
        == before
        == {
            "title": "Award ceremony in Barcelona",
            "draft_title": "Award ceremony in Barcelona",
            "slug": "award-ceremony",
            "url_path": "/home/news/award-ceremony/",
        }
    )


def test_hungarian_ui_draft_keeps_the_demo_news_findable_in_english(client, django_user_model, demo_home):
    page = NewsPage.objects.get(slug_en="award-ceremony-barcelona")
    before = base_columns(page)
    client.force_login(partner(django_user_model, "hu"))
    data = form_data(client.get(edit_url(page)).content)
    data["title_hu"] = "A CLARINET-díj átadása Barcelonában (új változat)"
    assert client.post(edit_url(page), data).status_code == 302
    assert Page.objects.get(pk=page.pk).has_unpublished_changes
    assert base_columns(page) == before
    assert before["title"] == "CLARINET Award ceremony in Barcelona"

    admin = make_editor(django_user_model, "coordinator-en", "Coordinator", "en")
    client.force_login(admin)
    response = client.get(reverse("wagtailadmin_pages:search") + "?q=Barcelona")
    assert response.status_code == 200
    assert edit_url(page) in response.content.decode()


def test_slug_made_from_a_title_already_used_by_a_sibling_is_a_form_error(client, django_user_model, news):
    news.title_hu, news.slug_hu = "Díjátadó", "díjátadó"
    news.save()
    client.force_login(partner(django_user_model, "hu"))
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news.get_parent().pk])
    data = form_data(client.get(add_url).content)
    data.update(title_hu="Díjátadó", date="2024-05-02")
    response = client.post(add_url, data)
    assert response.status_code == 200  # the form again, not a 500
    assert "slug_hu" in response.context["form"].errors
    assert NewsPage.objects.count() == 1


def test_english_ui_coordinator_approves_a_hungarian_only_page_from_its_edit_form(
    client, django_user_model, news_index
):
    """The reviewer's "Approve" in the edit view saves a revision (Wagtail's full_clean) in the admin's
    language: the base title and slug of a page with no English must be checked in the page's own language."""
    client.force_login(partner(django_user_model, "hu"))
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    data = form_data(client.get(add_url).content)
    data.update(title_hu="Új partner csatlakozott", date="2024-05-02", **{"action-submit": "submit"})
    assert client.post(add_url, data).status_code == 302
    page = NewsPage.objects.get(title_hu="Új partner csatlakozott")

    client.force_login(coordinator(django_user_model))  # English admin
    # The page has no English: the reviewer's form opens in the page's own language.
    assert {"title_hu", "intro_hu"} <= field_names(client.get(edit_url(page)))
    url = edit_url(page, "?language=hu")
    data = form_data(client.get(url).content)
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(url, data)
    assert response.status_code == 302
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live and not page.title_en
    assert base_columns(page)["title"] == "Új partner csatlakozott"  # no English invented

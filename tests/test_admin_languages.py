"""The admin speaks the partner editor's language: the moderation workflow's name, Wagtail 8's autosave and
validation messages, the snippets index (issue "Partner editors work in their own language", gaps found when
clicking through the running site)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.models import Task, Workflow

from clarinet_site.workflow_names import NAMES
from tests.admin_forms import coordinator, form_data, partner
from tests.news.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, title_hu="Hírek", slug_hu="hirek", title_el="Νέα", slug_el="nea")


def add_news_url(index) -> str:
    return reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])


@pytest.mark.parametrize(
    ("code", "submit", "paused"),
    [
        ("hu", "Beküldés ide: Koordinátori jóváhagyás", "Az automatikus mentés szünetel"),
        ("el", "Υποβολή σε Έγκριση από τον συντονιστή", "Η αυτόματη αποθήκευση έχει διακοπεί προσωρινά"),
    ],
)
def test_new_page_form_speaks_the_editors_language(client, django_user_model, news_index, code, submit, paused):
    client.force_login(partner(django_user_model, code))
    response = client.get(add_news_url(news_index))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    buttons = [button.get_text(" ", strip=True) for button in page.select("button[name=action-submit]")]
    assert buttons == [submit]
    assert page.select_one(".w-autosave-indicator__state--paused").get_text(strip=True) == paused
    text = page.get_text()
    for english in ("Coordinator approval", "Autosave is paused"):
        assert english not in text


def test_validation_errors_are_announced_in_the_editors_language(client, django_user_model, news_index):
    client.force_login(partner(django_user_model, "hu"))
    url = add_news_url(news_index)
    data = form_data(client.get(url).content)
    data.update(title_hu="", slug_hu="")
    response = client.post(url, data)
    assert response.status_code == 200
    assert [str(message).strip() for message in get_messages(response.wsgi_request)] == [
        "Az oldalt érvényesítési hibák miatt nem sikerült létrehozni."
    ]


def test_workflow_names_are_stored_in_english_and_shown_translated(home):
    workflow = home.get_workflow()
    [task] = [task.specific for task in workflow.tasks]
    with translation.override("hu"):
        assert (str(workflow.name), f"{task.name}") == ("Koordinátori jóváhagyás", "Koordinátori ellenőrzés")
        assert workflow.name == "Coordinator approval"  # compared, queried and stored as stored
        workflow.name = str(workflow.name)  # the workflow edit form sends the name back as shown
        workflow.save()
        task.save()
    assert Workflow.objects.filter(name=NAMES[0]).exists() and Task.objects.filter(name=NAMES[1]).exists()
    with translation.override("el"):
        assert str(Workflow.objects.get(pk=workflow.pk).name) == "Έγκριση από τον συντονιστή"


def test_coordinator_opens_the_snippets_index(client, django_user_model):
    client.force_login(coordinator(django_user_model))
    response = client.get(reverse("wagtailsnippets:index"))
    assert response.status_code == 200
    names = [link.get_text(strip=True) for link in BeautifulSoup(response.content, "html.parser").select("td a")]
    assert {"Partner organisations", "Themes"} <= set(names)
    partners = client.get(reverse("wagtailsnippets_clarinet_site_partnerorganisation:list")).content.decode()
    assert f'href="{reverse("wagtailsnippets:index")}"' in partners  # its breadcrumb leads there
    # In the menu, partners and themes stay under "Partners and themes" only.
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"label": "Partners and themes"' in menu
    assert f'"url": "{reverse("wagtailsnippets:index")}"' not in menu


def test_admin_scripts_speak_the_editors_language(client, django_user_model):
    # Wagtail's autosave script says these; its own Hungarian catalogue lacks them (project djangojs.po).
    client.force_login(partner(django_user_model, "hu"))
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert '"Autosave in progress\\u2026": "Automatikus ment\\u00e9s folyamatban\\u2026"' in catalogue
    assert '"Changes have been autosaved.": "A m\\u00f3dos\\u00edt\\u00e1sok automatikusan mentve."' in catalogue
    assert '"Cancel": "M\\u00e9gsem"' in catalogue  # Wagtail's own catalogue still merged in

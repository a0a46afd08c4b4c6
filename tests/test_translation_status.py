"""Translation status per page and language: complete, missing, out of date since the English changed; shown
in the explorer, the edit header, a report per language and the dashboard (issue "Partner editors work in
their own language", item 4)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from clarinet_site.roles import COORDINATOR_GROUP, partner_group_name
from clarinet_site.translation_status import Status, page_status, todo_languages
from tests.admin_forms import coordinator, partner
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

BODY = [("paragraph", "<p>Why the project was needed.</p>")]
HU_BODY = [("paragraph", "<p>Miért volt szükség a projektre.</p>")]


@pytest.fixture
def about(home):
    return StandardPageFactory(
        parent=home,
        title="About",
        slug="about",
        intro="Why.",
        body=BODY,
        title_hu="A projektről",
        slug_hu="a-projektrol",
        intro_hu="Miért.",
        body_hu=HU_BODY,
    )


def edit_later(page, **fields):
    """Publish `fields` on `page` a minute after its last edit, as an editor would."""
    for name, value in fields.items():
        setattr(page, name, value)
    later = timezone.now() + datetime.timedelta(minutes=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_new_page_is_complete_where_written_and_missing_elsewhere(about):
    status = page_status(about)
    assert status["en"] == status["hu"] == Status.COMPLETE
    assert status["it"] == status["el"] == Status.MISSING


def test_english_change_makes_other_languages_out_of_date_until_they_are_edited(about):
    edit_later(about, intro="Why the project was needed, in short.")
    assert page_status(about)["hu"] == Status.OUTDATED
    assert page_status(about)["en"] == Status.COMPLETE
    edit_later(about, intro_hu="Miért volt szükség a projektre, röviden.")
    assert page_status(about)["hu"] == Status.COMPLETE


def test_changing_a_slug_or_another_language_does_not_outdate_a_translation(about):
    edit_later(about, slug_en="about-the-project")
    assert page_status(about)["hu"] == Status.COMPLETE
    edit_later(about, title_it="Il progetto", intro_it="Perché.")
    assert page_status(about)["hu"] == Status.COMPLETE


def test_todo_languages_follow_the_role_then_the_admin_language(django_user_model):
    partner = django_user_model.objects.create_user("editor", "editor@example.org", "a-long-passphrase")
    assert todo_languages(partner) == []  # no role, no to-do
    partner.groups.add(Group.objects.get(name=partner_group_name("hu")))
    assert todo_languages(partner) == ["hu"]
    coordinator = django_user_model.objects.create_user("coord", "coord@example.org", "a-long-passphrase")
    coordinator.groups.add(Group.objects.get(name=COORDINATOR_GROUP))
    assert todo_languages(coordinator) == ["en"]
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "hu"
    profile.save()
    assert todo_languages(coordinator) == ["hu"]
    profile.preferred_language = "fr"  # an admin language that is not a site language
    profile.save()
    assert todo_languages(coordinator) == []


def test_report_lists_missing_and_outdated_pages_of_a_language(editor_client, about):
    edit_later(about, intro="Why the project was needed, in short.")
    StandardPageFactory(parent=about.get_parent(), title="Legal notice", slug="legal-notice", body=BODY)
    response = editor_client.get("/admin/reports/translations/?language=hu")
    assert response.status_code == 200
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    ]
    assert ["About", "Magyar", "out of date"] in rows
    assert ["Legal notice", "Magyar", "missing"] in rows
    italian = editor_client.get("/admin/reports/translations/?language=it").content.decode()
    assert "About" in italian and "missing" in italian


def test_status_shows_in_explorer_edit_header_and_dashboard(editor_client, about, home):
    explorer = editor_client.get(f"/admin/pages/{home.pk}/").content.decode()
    assert "Translations: 2 of 8 complete" in explorer
    edit = BeautifulSoup(editor_client.get(f"/admin/pages/{about.pk}/edit/").content, "html.parser")
    assert "Magyar: complete" in edit.get_text()
    assert "Italiano: missing" in edit.get_text()  # each language in its own words
    dashboard = editor_client.get("/admin/").content.decode()
    assert "Translations to do: English" in dashboard


def test_page_written_in_one_language_is_nobodys_translation_to_do(editor_client, about, home):
    with translation.override("hu"):
        market = StandardPageFactory(parent=home, title="Piaci nap", slug="piaci-nap", intro="Vásár.", body=HU_BODY)
    assert page_status(market)["en"] == Status.MISSING  # its status says what is there
    assert not market.title_en
    dashboard = BeautifulSoup(editor_client.get("/admin/").content, "html.parser")
    english_todo = dashboard.select_one('[id^="translation-todo-en"]')
    assert "Translations to do: English" in english_todo.get_text()
    assert "About" not in english_todo.get_text()  # complete in English
    assert "Piaci nap" not in english_todo.get_text()  # no English to invent, nothing to translate from
    for code in ("en", "el"):
        report = editor_client.get(f"/admin/reports/translations/?language={code}").content.decode()
        assert "Piaci nap" not in report
    assert "About" in editor_client.get("/admin/reports/translations/?language=el").content.decode()
    # Asked for on its own (the explorer's status link), the page shows all its languages.
    single = editor_client.get(f"/admin/reports/translations/?page={market.pk}").content.decode()
    assert "Piaci nap" in single


def test_awaiting_your_review_names_the_languages_of_the_page_under_review(client, django_user_model, home):
    with translation.override("hu"):
        market = StandardPageFactory(parent=home, title="Piaci nap", slug="piaci-nap", intro="Vásár.", body=HU_BODY)
    editor = partner(django_user_model, "hu")
    market.title_el = "Ημέρα αγοράς"
    market.intro_el = "Αγορά."
    market.save_revision(user=editor)  # the Greek text only in the revision under review
    home.get_workflow().start(market, editor)
    client.force_login(coordinator(django_user_model))
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    [row] = dashboard.select('[id^="awaiting-review"] tbody tr')
    labels = [(label["lang"], label.get_text(strip=True)) for label in row.select("td")[1].select("span")]
    assert labels == [("el", "Ελληνικά"), ("hu", "Magyar")]

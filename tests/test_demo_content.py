"""The demo content: real CLARINET facts, complete where the issue asks, no private data, safe to re-run."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page, Revision

from clarinet_site.models import (
    CustomDocument,
    CustomImage,
    HomePage,
    PartnerOrganisation,
    StandardPage,
    Theme,
)
from toolkit.models import GoodPracticeImage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


@pytest.fixture
def loaded(demo_home):
    """The whole demo content, loaded once for this module (see tests/conftest.py)."""
    return demo_home


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "partners": PartnerOrganisation.objects.count(),
        "themes": Theme.objects.count(),
        "images": CustomImage.objects.count(),
    }


def test_loading_twice_duplicates_nothing(loaded):
    before = counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before


def test_home_is_complete_in_every_language_and_about_in_hungarian_and_greek(loaded):
    home = HomePage.objects.get()
    for code in LANGUAGES:
        assert getattr(home, f"title_{code}"), code
        assert getattr(home, f"intro_{code}"), code
    about = StandardPage.objects.get(slug_en="about")
    for code in ["en", "hu", "el"]:
        assert getattr(about, f"intro_{code}") and len(getattr(about, f"body_{code}")) >= 10, code
    assert about.title_el == "Σχετικά με το έργο"
    assert about.title_bg == "За проекта"


def test_only_known_partners_are_listed(loaded):
    names = set(PartnerOrganisation.objects.values_list("name", flat=True))
    assert "Municipality of Lampedusa and Linosa" in names
    assert PartnerOrganisation.objects.get(name="Municipality of Lampedusa and Linosa").role == "lead"
    assert not PartnerOrganisation.objects.filter(country="GR").exists()  # Greek partners are not known


def test_no_private_contact_data(loaded):
    text = " ".join(
        str(value)
        for page in StandardPage.objects.all()
        for value in [page.body_en, page.body_hu, page.body_el, page.intro_en]
    )
    emails = {email.rstrip(".") for email in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text)}
    assert emails <= {"coordinator@example.org"}
    assert not re.search(r"\+?\d[\d /-]{8,}\d", re.sub(r"\b(821562|2014-2020|2016/2102)\b", "", text))


def test_every_image_has_alt_text_in_english(loaded):
    for image in CustomImage.objects.all():
        assert image.is_decorative or image.description_en, image.title


def everything() -> dict[str, int]:
    """Counts of every kind of object the demo writes, revisions included."""
    return {
        **counts(),
        "documents": CustomDocument.objects.count(),
        "revisions": Revision.objects.count(),
        "gallery": GoodPracticeImage.objects.count(),
    }


def test_a_second_run_creates_and_publishes_nothing(loaded):
    before = everything()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert everything() == before
    assert "created: nothing" in output.getvalue()


def edit_as_editor(page, **fields):
    """Publish a new revision of `page` with `fields`, as an editor does in the admin."""
    with translation.override("en"):
        page = page.specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()


def test_editors_changes_survive_a_run_and_a_reset_restores_the_demo(loaded, client):
    about = StandardPage.objects.get(slug_en="about")
    edit_as_editor(about, title_en="About CLARINET (edited)", title_bg="За CLARINET (редактирано)")
    theme = Theme.objects.get(slug="humour")
    theme.name_bg = "Хумор и сатира"
    theme.save()
    pages = Page.objects.count()

    call_command("load_demo_content", stdout=io.StringIO())
    about.refresh_from_db()
    assert (about.title_en, about.title_bg) == ("About CLARINET (edited)", "За CLARINET (редактирано)")
    assert Theme.objects.get(slug="humour").name_bg == "Хумор и сатира"
    assert "About CLARINET (edited)" in client.get("/en/about/").content.decode()

    call_command("load_demo_content", reset=True, interactive=False, stdout=io.StringIO())
    about.refresh_from_db()
    assert (about.title_en, about.title_bg) == ("About the project", "За проекта")
    assert Theme.objects.get(slug="humour").name_bg == "Хумор"
    assert Page.objects.count() == pages
    assert "About the project" in client.get("/en/about/").content.decode()


def test_a_page_whose_slug_an_editor_changed_is_not_created_again(loaded, client):
    about = StandardPage.objects.get(slug_en="about")
    edit_as_editor(about, slug_en="about-clarinet", slug="about-clarinet")
    pages = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert client.get("/en/about-clarinet/").status_code == 200

    call_command("load_demo_content", reset=True, interactive=False, stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert client.get("/en/about/").status_code == 200


def test_a_missing_demo_page_is_created_again(loaded):
    StandardPage.objects.get(slug_en="legal-notice").delete()
    call_command("load_demo_content", stdout=io.StringIO())
    assert StandardPage.objects.get(slug_en="legal-notice").live


def test_reset_asks_first_and_changes_nothing_when_refused(loaded, monkeypatch):
    about = StandardPage.objects.get(slug_en="about")
    edit_as_editor(about, title_en="About CLARINET (edited)")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="cancelled"):
        call_command("load_demo_content", reset=True, stdout=io.StringIO())
    about.refresh_from_db()
    assert about.title_en == "About CLARINET (edited)"

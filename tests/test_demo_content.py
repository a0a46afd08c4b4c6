"""The demo content: real CLARINET facts, complete where the issue asks, no private data, safe to re-run."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

from clarinet_site.models import CustomImage, HomePage, PartnerOrganisation, StandardPage, Theme

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

"""The toolkit's demo content: the brief's structure and the five known Award entries, loaded idempotently."""

import pytest
from django.core.management import call_command

from clarinet_site.models import CustomDocument
from toolkit.models import GoodPracticePage, PracticeCitation, Result, ToolkitChapterPage, ToolkitPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_home):
    """The whole demo content, loaded once for this module (see tests/conftest.py)."""
    return demo_home


def test_demo_content_is_complete_and_idempotent(demo, client):
    call_command("load_demo_content", verbosity=0)  # a second run changes nothing
    practices = GoodPracticePage.objects.live()
    assert practices.count() == 5
    assert sorted(practices.filter(result=Result.WINNER).values_list("title_en", flat=True)) == [
        "Give prejudice no chance",
        "Open Mosque",
        "Stories of children from around the world",
    ]
    assert practices.get(result=Result.SPECIAL_MENTION).organisation_en == "Market Town of Lustenau"
    assert practices.get(result=Result.ENTRY).city_en == "Lucca"

    toolkit = ToolkitPage.objects.get()
    sections = toolkit.sections()
    assert [section.title_en for section in sections] == [
        "General principles",
        "Web and social media",
        "Traditional media",
        "Public events",
        "Public-private partnership",
        "The CLARINET Award and its winners",
    ]
    assert sum(len(section.chapters) for section in sections) == 11
    assert ToolkitChapterPage.objects.count() == 17
    assert CustomDocument.objects.filter(document_type="toolkit").count() == 3


def test_general_principles_in_hungarian_and_greek(demo):
    section = ToolkitChapterPage.objects.get(slug_en="general-principles")
    pages = [section, *ToolkitChapterPage.objects.child_of(section)]
    assert len(pages) == 5
    for page in pages:
        for code in ("hu", "el"):
            assert page.is_available(code), (page.title_en, code)
            assert getattr(page, f"body_{code}"), (page.title_en, code)


def test_every_practice_is_discussed_in_a_chapter(demo, client):
    for practice in GoodPracticePage.objects.all():
        assert PracticeCitation.objects.filter(practice=practice).exists(), practice.title_en
    response = client.get("/en/good-practices/open-mosque/")
    assert b"Reaching migrants and the host community" in response.content

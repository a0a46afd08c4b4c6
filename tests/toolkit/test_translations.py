"""The toolkit's interface strings are shown in every site language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from tests.toolkit.factories import GoodPracticePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(showcase):
    """Three practices shown in every language: enough for the filter form (`worth_filtering`)."""
    for n in range(3):
        GoodPracticePageFactory(parent=showcase, title=f"Practice {n}", show_in_all_languages=True)


@pytest.mark.parametrize("code", ["it", "de", "sl", "el", "ro", "bg", "hu"])
def test_showcase_interface_in_every_language(client, showcase, practices, code):
    html = BeautifulSoup(client.get(showcase.localized_url(code)).content, "html.parser")
    shown = {
        "Find practices like yours": html.select_one("#filter-heading").get_text(),
        "Good practices by country": html.select_one("#overview-heading").get_text(),
        "Award category": html.select_one("label[for=filter-category]").get_text(),
    }
    with translation.override(code):
        for english, text in shown.items():
            assert text == translation.gettext(english)
            assert text != english, f"{english!r} is not translated into {code}"

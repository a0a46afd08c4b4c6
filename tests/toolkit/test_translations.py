"""The toolkit's interface strings are translated into every site language (toolkit/locale)."""

import importlib.util
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "toolkit_translations.py"


def translations():
    spec = importlib.util.spec_from_file_location("toolkit_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("code", ["it", "de", "sl", "el", "ro", "bg", "hu"])
def test_showcase_interface_in_every_language(client, showcase, code):
    strings = translations().STRINGS
    html = BeautifulSoup(client.get(showcase.localized_url(code)).content, "html.parser")
    assert html.select_one("#filter-heading").get_text() == strings["Find practices like yours"][code]
    assert html.select_one("#overview-heading").get_text() == strings["Good practices by country"][code]
    assert html.select_one("label[for=filter-category]").get_text() == strings["Award category"][code]


def test_catalogues_are_up_to_date():
    module = translations()
    for code in module.LANGUAGES:
        path = SCRIPT.parents[1] / "toolkit" / "locale" / code / "LC_MESSAGES" / "django.po"
        assert path.read_text(encoding="utf-8") == module.catalogue(code), f"run {SCRIPT.name} again"

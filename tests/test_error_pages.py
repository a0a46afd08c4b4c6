"""Translated 404 and 500 pages with DEBUG off, in every language and without a language prefix."""

import pytest
from bs4 import BeautifulSoup

from clarinet_site.models import HomePage

pytestmark = pytest.mark.django_db

NOT_FOUND = {
    "en": "Page not found",
    "it": "Pagina non trovata",
    "de": "Seite nicht gefunden",
    "hu": "Az oldal nem található",
    "el": "Η σελίδα δεν βρέθηκε",
    "bg": "Страницата не е намерена",
}


def heading(response) -> str:
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


@pytest.mark.parametrize("code", ["en", "it", "de", "sl", "el", "ro", "bg", "hu"])
def test_not_found_in_every_language(client, home, settings, code):
    assert settings.DEBUG is False
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == code
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert html.find("meta", attrs={"name": "description"})["content"] == html.select_one(".page-header__intro").text
    if code in NOT_FOUND:
        assert heading(response) == NOT_FOUND[code]
    # the switcher offers every language's home page, never a dead end
    links = {a["hreflang"]: a["href"] for a in html.select("nav.language-switcher a")}
    assert links["hu"] == "/hu/" and len(links) == 8


def test_not_found_without_prefix_uses_the_visitors_language(client, home):
    response = client.get("/documents/999999/missing.pdf", HTTP_ACCEPT_LANGUAGE="el")
    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "el"
    assert heading(response) == NOT_FOUND["el"]


def test_unknown_prefix_free_path_is_redirected_into_a_language(client, home):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/de/no-such-page/"
    assert client.get(response["Location"]).status_code == 404


@pytest.mark.parametrize(
    ("code", "text"), [("en", "Server error"), ("hu", "Szerverhiba"), ("el", "Σφάλμα διακομιστή")]
)
def test_server_error_page_is_translated_and_needs_no_database(client, home, monkeypatch, code, text):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(HomePage, "serve", broken)
    client.raise_request_exception = False
    response = client.get(f"/{code}/")
    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == text

"""Renaming, moving and copying pages keep every language's URLs right; old URLs redirect."""

from urllib.parse import unquote

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def about_tree(home):
    """/about/partners/ with Hungarian and Greek slugs on both pages."""
    about = StandardPageFactory(
        parent=home,
        title="About",
        slug="about",
        title_hu="Rólunk",
        slug_hu="rolunk",
        title_el="Σχετικά",
        slug_el="σχετικά",
    )
    partners = StandardPageFactory(
        parent=about,
        title="Partners",
        slug="partners",
        title_hu="Partnerek",
        slug_hu="partnerek",
        title_el="Εταίροι",
        slug_el="εταίροι",
    )
    return about, partners


def test_renaming_a_parent_slug_in_one_language_updates_descendants(client, about_tree):
    about, partners = about_tree
    about.slug_hu = "a-projektrol"
    about.save_revision().publish()
    partners.refresh_from_db()
    assert partners.localized_url("hu") == "/hu/a-projektrol/partnerek/"
    assert unquote(partners.localized_url("el")) == "/el/σχετικά/εταίροι/"
    assert partners.localized_url("en") == "/en/about/partners/"
    assert client.get("/hu/a-projektrol/partnerek/").status_code == 200


def test_moving_a_page_updates_every_language(client, home, about_tree):
    _about, partners = about_tree
    network = StandardPageFactory(
        parent=home, title="Network", slug="network", title_hu="Hálózat", slug_hu="halozat"
    )
    partners.move(network, pos="last-child")
    partners.refresh_from_db()
    assert partners.localized_url("en") == "/en/network/partners/"
    assert partners.localized_url("hu") == "/hu/halozat/partnerek/"
    assert unquote(partners.localized_url("el")) == "/el/network/εταίροι/"
    for url in ["/en/network/partners/", "/hu/halozat/partnerek/", partners.localized_url("el")]:
        assert client.get(url).status_code == 200


def test_old_url_redirects_after_a_slug_change(client, about_tree):
    about, _partners = about_tree
    about.slug = "about-clarinet"
    about.save_revision().publish()
    response = client.get("/en/about/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/about-clarinet/")


def test_old_url_in_every_language_redirects_after_a_parent_slug_change(client, about_tree):
    about, _partners = about_tree
    about.slug_hu = "a-projektrol"
    about.save_revision().publish()
    response = client.get("/hu/rolunk/partnerek/")
    assert response.status_code == 301
    assert response["Location"] == "/hu/a-projektrol/partnerek/"
    # the English URL did not change, so it is served, not redirected
    assert client.get("/en/about/partners/").status_code == 200


def test_old_url_redirects_after_a_move(client, home, about_tree):
    _about, partners = about_tree
    network = StandardPageFactory(
        parent=home, title="Network", slug="network", title_hu="Hálózat", slug_hu="halozat"
    )
    partners.move(network, pos="last-child")
    response = client.get("/hu/rolunk/partnerek/")
    assert response.status_code == 301
    assert response["Location"] == "/hu/halozat/partnerek/"

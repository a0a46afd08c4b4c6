"""Redirects: per-language ones after a slug change and the ones editors add, under every language prefix.

Both keep the visitor's query string; a page whose old address is too long for a redirect still renames.
"""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

from clarinet_site.models import StandardPage
from tests.factories import StandardPageFactory
from tests.test_admin import page_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def award(home):
    """A page about the CLARINET Award with its own Hungarian slug."""
    return StandardPageFactory(
        parent=home, title="CLARINET Award", slug="award", title_hu="CLARINET-díj", slug_hu="dij"
    )


@pytest.fixture
def old_award(editor_client, award):
    """A redirect from `/old-award` to the award page, added through the admin's redirect form."""
    response = editor_client.post(
        reverse("wagtailredirects:add"),
        {"old_path": "/old-award", "site": "", "is_permanent": "on", "redirect_page": award.pk},
    )
    assert response.status_code == 302
    return Redirect.objects.get(old_path="/old-award")


def test_automatic_redirect_keeps_the_query_string(client, award):
    award.slug_hu = "clarinet-dij"
    award.save_revision().publish()
    response = client.get("/hu/dij/?utm_source=newsletter&utm_medium=email")
    assert response.status_code == 301
    assert response["Location"] == "/hu/clarinet-dij/?utm_source=newsletter&utm_medium=email"


def test_admin_redirect_works_without_a_prefix(client, old_award):
    response = client.get("/old-award")
    assert response.status_code == 301
    assert response["Location"] == "/en/award/"


@pytest.mark.parametrize(
    ("url", "location"),
    [
        ("/en/old-award/", "/en/award/"),
        ("/hu/old-award/", "/hu/dij/"),
        ("/hu/old-award", "/hu/dij/"),
        ("/de/old-award/", "/de/award/"),
        ("/hu/old-award/?utm_source=newsletter", "/hu/dij/?utm_source=newsletter"),
    ],
)
def test_admin_redirect_works_under_every_language_prefix_in_that_language(client, old_award, url, location):
    response = client.get(url, follow=False)
    assert response.status_code == 301
    assert response["Location"] == location
    assert client.get(location).status_code == 200


def test_redirect_named_with_a_prefix_stays_in_that_language(client, award):
    Redirect.objects.create(old_path="/hu/regi-dij", redirect_page=award)
    assert client.get("/hu/regi-dij/")["Location"] == "/hu/dij/"
    assert client.get("/en/regi-dij/").status_code == 404


def test_redirect_to_a_url_merges_the_query_strings(client, home):
    Redirect.objects.create(old_path="/report", redirect_link="https://example.org/report?lang=en")
    response = client.get("/it/report/?utm_source=newsletter")
    assert response.status_code == 301
    assert response["Location"] == "https://example.org/report?lang=en&utm_source=newsletter"


def test_redirect_for_an_exact_query_string_does_not_repeat_it(client, award):
    Redirect.objects.create(old_path="/award.php?id=3", redirect_page=award)
    assert client.get("/award.php?id=3")["Location"] == "/en/award/"


def test_existing_pages_are_never_redirected(client, award, old_award):
    Redirect.objects.create(old_path="/award", redirect_link="https://example.org/")
    assert client.get("/en/award/").status_code == 200
    assert client.get("/hu/").status_code == 200


def test_unknown_path_under_a_prefix_stays_404(client, old_award):
    assert client.get("/hu/no-such-page/?utm_source=x").status_code == 404


LONG_SLUG = "a" * 250


@pytest.fixture
def long_page(home):
    """A page whose slug is 250 characters, below /about/: its address exceeds a redirect's 255."""
    about = StandardPageFactory(parent=home, title="About", slug="about")
    return StandardPageFactory(
        parent=about, title="Long", slug=LONG_SLUG, title_hu="Hosszú", slug_hu="hosszu"
    )


def test_changing_a_250_character_slug_in_the_admin_is_no_error(editor_client, client, long_page):
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[long_page.pk]),
        page_form(
            title_en="Long",
            slug_en="shorter",
            title_hu="Hosszú",
            slug_hu="hosszu",
            **{"action-publish": "publish"},
        ),
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(pk=long_page.pk)
    assert page.slug_en == "shorter"
    assert client.get("/en/about/shorter/").status_code == 200
    # No redirect from an address too long to store; the other languages were not renamed.
    assert not Redirect.objects.filter(redirect_page=page).exists()


def test_renaming_the_parent_of_a_long_slug_still_redirects_the_parent(client, long_page):
    about = long_page.get_parent().specific
    about.slug = "about-clarinet"
    about.save_revision().publish()
    assert client.get("/en/about/")["Location"] == "/en/about-clarinet/"
    # the Hungarian address of the child fits, so it has its redirect
    assert client.get("/hu/about/hosszu/")["Location"] == "/hu/about-clarinet/hosszu/"
    assert client.get(f"/en/about-clarinet/{LONG_SLUG}/").status_code == 200


def test_odd_query_strings_stay_encoded(client, old_award):
    response = client.get("/hu/old-award/", QUERY_STRING="q=%0d%0aSet-Cookie:x&name=K%C3%A1s%C3%A1d&raw=é")
    assert response.status_code == 301
    assert response["Location"].startswith("/hu/dij/?q=%0d%0aSet-Cookie:x&name=K%C3%A1s%C3%A1d&raw=")
    assert "\n" not in response["Location"]


def test_redirect_form_explains_the_language_prefixes(editor_client):
    response = editor_client.get(reverse("wagtailredirects:add"))
    assert "without a language prefix" in response.content.decode()

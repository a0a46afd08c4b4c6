"""`manage.py create_site`: the site skeleton on a fresh database, in every language, without demo content."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from clarinet_site.models import ContactPage, CustomImage, HomePage, SiteSettings
from tests.demo_data import skeleton_entries

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
PAGES = [entry for entry in skeleton_entries() if "page" in entry]


def create_site(**options) -> str:
    output = io.StringIO()
    call_command("create_site", stdout=output, **options)
    return output.getvalue()


@pytest.fixture
def skeleton():
    assert Page.objects.filter(depth=2).get().specific_class is Page  # Wagtail's welcome page, as migrated
    create_site()
    return HomePage.objects.get()


def test_the_skeleton_replaces_wagtails_welcome_page(client, skeleton):
    assert [page.specific_class for page in Page.objects.filter(depth=2)] == [HomePage]
    site = Site.objects.get()
    assert (site.root_page_id, site.hostname, site.port, site.is_default_site) == (
        skeleton.pk,
        "testserver",
        80,
        True,
    )
    assert "Welcome to your new Wagtail site" not in client.get("/en/").content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_and_every_skeleton_page_answer_in_each_language(client, skeleton, code):
    home = client.get(f"/{code}/")
    assert home.status_code == 200
    assert f'<html lang="{code}"' in home.content.decode()
    for entry in PAGES:
        slug = entry["fields"].get("slug", {}).get(code, entry["page"])
        response = client.get(f"/{code}/{slug}/")
        assert response.status_code == 200, (code, entry["page"])
        assert entry["fields"]["title"][code] in response.content.decode(), (code, entry["page"])


def test_the_skeleton_has_the_sections_and_legal_pages_and_no_demo_content(skeleton):
    pages = {entry["page"]: entry["model"] for entry in PAGES}
    assert {"toolkit", "good-practices", "trainings", "campaigns", "news", "downloads", "contact"} <= set(
        pages
    )
    assert {"privacy", "accessibility", "legal-notice", "about", "partners"} <= set(pages)
    assert [page.slug_en for page in skeleton.get_children()] == list(pages)  # in menu order
    assert Page.objects.filter(depth=4).count() == 0  # no good practice, chapter, news item...
    assert not CustomImage.objects.exists()
    contact = ContactPage.objects.get()
    assert [field.clean_name for field in contact.form_fields.all()] == [
        "name",
        "email",
        "organisation",
        "topic",
        "message",
        "privacy",
    ]
    settings = SiteSettings.for_site(Site.objects.get())
    assert settings.privacy_page.slug_en == "privacy" and settings.contact_page_id == contact.pk
    assert settings.accessibility_page and settings.legal_page


def test_a_second_run_changes_nothing_and_says_so(skeleton):
    before = (Page.objects.count(), Revision.objects.count(), list(Site.objects.values()))
    output = create_site()
    assert "nothing changed" in output
    assert (Page.objects.count(), Revision.objects.count(), list(Site.objects.values())) == before


def test_an_editors_change_survives_a_run(skeleton):
    about = Page.objects.get(slug_en="about").specific
    about.title_en = "About us"
    about.save_revision().publish()
    create_site()
    about.refresh_from_db()
    assert about.title_en == "About us"


def test_host_and_port_set_the_site_address(skeleton):
    output = create_site(host="clarinet.example.org", port=443)
    site = Site.objects.get()
    assert (site.hostname, site.port, site.root_page_id) == ("clarinet.example.org", 443, skeleton.pk)
    assert "clarinet.example.org:443" in output
    assert "nothing changed" in create_site(host="clarinet.example.org", port=443)


def test_site_url_gives_the_address_of_a_new_site(settings):
    settings.SITE_URL = "https://clarinet.example.org"
    create_site()
    site = Site.objects.get()
    assert (site.hostname, site.port) == ("clarinet.example.org", 443)


def test_the_demo_builds_on_the_skeleton(skeleton, client):
    pages = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() > pages
    assert HomePage.objects.count() == 1
    assert client.get("/hu/eszkoztar/").status_code == 200

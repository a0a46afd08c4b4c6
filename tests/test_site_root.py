"""The site's root page stays published: editors get a clear message instead of a site answering 404."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page, Site

from clarinet_site.models import HomePage
from tests.factories import HomePageFactory, StandardPageFactory
from tests.test_admin import page_form

pytestmark = pytest.mark.django_db


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_unpublishing_the_home_page_is_refused_with_a_message(editor_client, client, home):
    response = editor_client.post(
        reverse("wagtailadmin_pages:unpublish", args=[home.pk]), {"include_descendants": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[home.pk])
    assert any("home page of the website" in message for message in _messages(response))
    home.refresh_from_db()
    assert home.live
    assert client.get("/hu/").status_code == 200


def test_other_pages_still_unpublish(editor_client, home):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    response = editor_client.post(reverse("wagtailadmin_pages:unpublish", args=[about.pk]))
    assert response.status_code == 302
    about.refresh_from_db()
    assert not about.live


def test_bulk_unpublish_including_the_home_page_is_refused(editor_client, home):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    response = editor_client.post(f"{url}?id={home.pk}&id={about.pk}&next=/admin/pages/", {})
    assert response.status_code == 302
    assert any("home page of the website" in message for message in _messages(response))
    assert Page.objects.get(pk=home.pk).live
    assert Page.objects.get(pk=about.pk).live


def test_bulk_unpublish_of_other_pages_still_works(editor_client, home):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    response = editor_client.post(f"{url}?id={about.pk}&next=/admin/pages/", {})
    assert response.status_code == 302
    assert not Page.objects.get(pk=about.pk).live


def _site_form(site: Site, root_page: Page) -> dict:
    return {
        "hostname": site.hostname,
        "port": site.port,
        "site_name": "CLARINET",
        "root_page": root_page.pk,
        "is_default_site": "on",
    }


def test_a_never_published_page_cannot_become_the_site_root(editor_client, client, home):
    draft = HomePageFactory.build(title="New home", slug="new-home", live=False)
    Page.get_first_root_node().add_child(instance=draft)
    site = Site.objects.get()
    response = editor_client.post(reverse("wagtailsites:edit", args=[site.pk]), _site_form(site, draft))
    assert response.status_code == 200  # the form again, with the error on the root page field
    errors = response.context["form"].errors
    assert "root_page" in errors and "not published" in errors["root_page"][0]
    assert Site.objects.get().root_page_id == home.pk
    assert client.get("/en/").status_code == 200


def test_a_published_page_can_become_the_site_root(editor_client, home):
    other = HomePageFactory.build(title="Other home", slug="other-home")
    Page.get_first_root_node().add_child(instance=other)
    site = Site.objects.get()
    response = editor_client.post(reverse("wagtailsites:edit", args=[site.pk]), _site_form(site, other))
    assert response.status_code == 302
    assert Site.objects.get().root_page_id == other.pk
    assert HomePage.objects.get(pk=other.pk).live


def _home_form(**extra) -> dict:
    return page_form(title_en="CLARINET", slug_en="home", **extra)


def test_an_expiry_date_on_the_home_page_is_a_form_error(editor_client, home):
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        _home_form(expire_at="2030-01-01 00:00", **{"action-publish": "publish"}),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "expire_at" in errors and "home page of the website" in errors["expire_at"][0]
    home.refresh_from_db()
    assert home.live and home.expire_at is None


def test_the_home_page_still_publishes_without_an_expiry_date(editor_client, home):
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        _home_form(title_hu="CLARINET projekt", **{"action-publish": "publish"}),
    )
    assert response.status_code == 302
    home.refresh_from_db()
    assert home.title_hu == "CLARINET projekt"

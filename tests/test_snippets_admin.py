"""Partners and themes in the admin: listed, searched, filtered, created and edited by those with the rights."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from clarinet_site.models import PartnerOrganisation, Theme
from tests.factories import PartnerOrganisationFactory, ThemeFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


@pytest.fixture
def coordinator_client(client, django_user_model):
    """The test client logged in as a member of the Coordinator group (not a superuser)."""
    user = django_user_model.objects.create_user("coord", "coord@example.org", "a-long-passphrase")
    user.groups.add(Group.objects.get(name="Coordinator"))
    client.force_login(user)
    return client


@pytest.fixture
def plain_editor_client(client, django_user_model):
    """The test client logged in as an admin user without any snippet permission."""
    user = django_user_model.objects.create_user("plain", "plain@example.org", "a-long-passphrase")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client


def partner_form(**extra):
    data = {
        "name": "Municipality of Procida",
        "organisation_type": "local_authority",
        "role": "partner",
        "country": "IT",
        "website": "",
        "logo": "",
    }
    for code in LANGUAGES:
        data[f"city_{code}"] = ""
        data[f"description_{code}"] = ""
    data.update(extra)
    return data


def theme_form(**extra):
    data = {"slug": "humour", **{f"name_{code}": "" for code in LANGUAGES}}
    data.update(extra)
    return data


@pytest.mark.parametrize("client_fixture", ["editor_client", "coordinator_client"])
def test_menu_groups_partners_and_themes(request, client_fixture):
    # Wagtail's /admin/snippets/ index lists only snippets without a menu item of their own; these have one.
    response = request.getfixturevalue(client_fixture).get("/admin/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '"label": "Partners and themes"' in content
    assert f'"url": "{reverse("wagtailsnippets_clarinet_site_partnerorganisation:list")}"' in content
    assert f'"url": "{reverse("wagtailsnippets_clarinet_site_theme:list")}"' in content


def test_menu_hides_the_group_from_users_without_permission(plain_editor_client):
    content = plain_editor_client.get("/admin/").content.decode()
    assert "Partners and themes" not in content


@pytest.mark.parametrize("client_fixture", ["editor_client", "coordinator_client"])
def test_partner_list_shows_columns_and_finds_by_translated_city(request, client_fixture):
    user_client = request.getfixturevalue(client_fixture)
    PartnerOrganisationFactory(name="Municipality of Pécs", country="HU", city_en="Pecs", city_hu="Pécs")
    PartnerOrganisationFactory(name="Municipality of Sofia", country="BG", city_en="Sofia")
    url = reverse("wagtailsnippets_clarinet_site_partnerorganisation:list")

    listing = user_client.get(url)
    assert listing.status_code == 200
    content = listing.content.decode()
    assert "Municipality of Pécs" in content and "Municipality of Sofia" in content
    assert "Translated into" in content

    found = user_client.get(url, {"q": "Pécs"})
    names = [partner.name for partner in found.context["object_list"]]
    assert names == ["Municipality of Pécs"]


def test_partner_list_filters_host_local_authorities(editor_client):
    PartnerOrganisationFactory(name="Municipality of Lampedusa", organisation_type="local_authority")
    PartnerOrganisationFactory(name="Cooperativa Sociale Dedalus", organisation_type="civil_society")
    url = reverse("wagtailsnippets_clarinet_site_partnerorganisation:list")
    response = editor_client.get(url, {"organisation_type": "local_authority"})
    assert [p.name for p in response.context["object_list"]] == ["Municipality of Lampedusa"]


@pytest.mark.parametrize("client_fixture", ["editor_client", "coordinator_client"])
def test_partner_can_be_created_and_edited_with_translated_fields(request, client_fixture):
    user_client = request.getfixturevalue(client_fixture)
    add_url = reverse("wagtailsnippets_clarinet_site_partnerorganisation:add")
    form_page = user_client.get(add_url)
    assert form_page.status_code == 200
    for code in LANGUAGES:
        assert f'name="description_{code}"' in form_page.content.decode()

    response = user_client.post(add_url, partner_form(city_en="Procida", description_it="Comune di Procida"))
    assert response.status_code == 302
    partner = PartnerOrganisation.objects.get(name="Municipality of Procida")
    assert partner.description_it == "Comune di Procida"

    edit_url = reverse("wagtailsnippets_clarinet_site_partnerorganisation:edit", args=[partner.pk])
    response = user_client.post(edit_url, partner_form(city_en="Procida", city_it="Procida (NA)"))
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.city_it == "Procida (NA)"


@pytest.mark.parametrize("client_fixture", ["editor_client", "coordinator_client"])
def test_theme_can_be_created_edited_and_searched_in_any_language(request, client_fixture):
    user_client = request.getfixturevalue(client_fixture)
    response = user_client.post(
        reverse("wagtailsnippets_clarinet_site_theme:add"), theme_form(name_en="Humour", name_hu="Humor")
    )
    assert response.status_code == 302
    theme = Theme.objects.get(slug="humour")

    response = user_client.post(
        reverse("wagtailsnippets_clarinet_site_theme:edit", args=[theme.pk]),
        theme_form(name_en="Humour", name_hu="Humor", name_el="Χιούμορ"),
    )
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.name_el == "Χιούμορ"

    found = user_client.get(reverse("wagtailsnippets_clarinet_site_theme:list"), {"q": "Χιούμορ"})
    assert list(found.context["object_list"]) == [theme]


def test_theme_without_english_name_is_a_form_error(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_clarinet_site_theme:add"), theme_form(name_hu="Humor")
    )
    assert response.status_code == 200
    assert "name_en" in response.context["form"].errors
    assert not Theme.objects.exists()


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_clarinet_site_partnerorganisation:list",
        "wagtailsnippets_clarinet_site_partnerorganisation:add",
        "wagtailsnippets_clarinet_site_theme:list",
        "wagtailsnippets_clarinet_site_theme:add",
    ],
)
def test_user_without_permission_is_refused(plain_editor_client, url_name):
    response = plain_editor_client.get(reverse(url_name))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"] and "snippets" not in response["Location"]


def test_user_without_permission_cannot_edit_or_delete(plain_editor_client):
    theme = ThemeFactory(name="Art", slug="art")
    edit_url = reverse("wagtailsnippets_clarinet_site_theme:edit", args=[theme.pk])
    response = plain_editor_client.post(edit_url, theme_form(name_en="Vandalised", slug="art"))
    assert response.status_code in (302, 403)
    theme.refresh_from_db()
    assert theme.name_en == "Art"
    delete_url = reverse("wagtailsnippets_clarinet_site_theme:delete", args=[theme.pk])
    plain_editor_client.post(delete_url)
    assert Theme.objects.filter(pk=theme.pk).exists()

"""Admin pieces of the site-wide app: partners and themes as snippets grouped under one menu item, and
the copy-page view that accepts slugs in every script.

Wagtail discovers this module itself (every installed app's `wagtail_hooks`). Editing rights come from
Wagtail's model permissions (add/change/delete), granted to the Coordinator group by data migration
0004_coordinator_snippets_editors_admin and grantable to any group in Settings > Groups.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from clarinet_site.copy_page import copy_page_view
from clarinet_site.languages import language_codes
from clarinet_site.models import PartnerOrganisation, Theme


def translated_into_column(field_name: str) -> Column:
    """Return a list column naming the languages (codes, in the site's order) in which `field_name` is filled.

    The coordinator sees at a glance which partner descriptions or theme names still need translating.
    """

    def languages(instance) -> str:
        return " ".join(
            code.upper() for code in language_codes() if getattr(instance, f"{field_name}_{code}", "")
        )

    return Column(f"{field_name}_languages", label=_("Translated into"), accessor=languages)


class PartnerOrganisationViewSet(SnippetViewSet):
    """Partners of the consortium, host local authorities among them (filter "type: local authority")."""

    model = PartnerOrganisation
    icon = "group"
    menu_label = _("Partners")
    menu_order = 100
    list_display = [
        "name",
        "organisation_type",
        "role",
        "country",
        "city",
        translated_into_column("description"),
        UpdatedAtColumn(),
    ]
    list_filter = ["organisation_type", "role", "country"]
    # Django's QuerySet search, so the per-language columns are searched whatever the admin language.
    search_backend_name = None
    search_fields = ["name", *(f"city_{code}" for code in language_codes()), "website"]
    ordering = ["country", "-role", "name"]


class ThemeViewSet(SnippetViewSet):
    """Theme tags of good practices, toolkit chapters and news; the slug is the stable filter value."""

    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    menu_order = 200
    list_display = ["name", "slug", translated_into_column("name"), UpdatedAtColumn()]
    search_backend_name = None
    search_fields = [*(f"name_{code}" for code in language_codes()), "slug"]
    ordering = ["slug"]


class PartnersAndThemesGroup(SnippetViewSetGroup):
    """One menu item, "Partners and themes", holding both lists."""

    items = (PartnerOrganisationViewSet, ThemeViewSet)
    menu_icon = "group"
    menu_label = _("Partners and themes")
    menu_name = "partners_and_themes"
    menu_order = 250


register_snippet(PartnersAndThemesGroup)


@hooks.register("construct_main_menu")
def hide_snippets_menu_item(request, menu_items) -> None:
    """Leave Wagtail's "Snippets" item out of the menu: every snippet has its place in "Partners and themes".

    The snippets index stays reachable at its address and from the lists' breadcrumbs
    (`WAGTAILSNIPPETS_MENU_SHOW_ALL` in the settings).
    """
    menu_items[:] = [item for item in menu_items if item.name != "snippets"]


# Ahead of wagtail-modeltranslation's own `before_copy_page` hook (order 0), which refuses Unicode slugs.
hooks.register("before_copy_page", copy_page_view, order=-1)

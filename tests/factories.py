"""Factories for pages and snippets, built on wagtail-factories."""

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Page, Site

from clarinet_site.models import HomePage, PartnerOrganisation, StandardPage, Theme


class HomePageFactory(wagtail_factories.PageFactory):
    title = "CLARINET"
    slug = "home"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        model = StandardPage


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    organisation_type = PartnerOrganisation.OrganisationType.LOCAL_AUTHORITY
    role = PartnerOrganisation.Role.PARTNER
    country = "IT"

    class Meta:
        model = PartnerOrganisation


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))

    class Meta:
        model = Theme


def make_site_home(**fields) -> HomePage:
    """Replace the tree below the root with a fresh HomePage and make it the default site's root.

    Works on a flushed database too (browser/transactional tests), where it recreates the root page.
    """
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    for child in root.get_children():
        child.delete()
    home = HomePageFactory.build(**fields)
    root.add_child(instance=home)
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home

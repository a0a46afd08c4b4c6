"""Demo content for the site-wide pages: home, about, partners, privacy, accessibility, legal, sections.

Facts come from the content brief; sentences are our own. No private person appears: roles only.
The texts are data in `site_texts` (home, themes, settings) and `standard_pages` (the other pages).
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from clarinet_site.demo.images import demo_image
from clarinet_site.demo.site_texts import (
    COORDINATOR_ROLE,
    DISCLAIMER,
    FUNDING_STATEMENT,
    HERO_ALT,
    HOME_BODY,
    HOME_INTRO,
    HOME_TITLE,
    PROJECT_FULL_NAME,
    SECTIONS_HEADING,
    THEMES,
)
from clarinet_site.demo.utils import current_run, fill, translated, upsert_object, upsert_page
from clarinet_site.models import HomePage, PartnerOrganisation, SiteSettings, StandardPage, Theme


def load_home() -> HomePage:
    """Create the home page if missing and make it the root of the default site; return it."""
    root = Page.get_first_root_node()
    hero = demo_image("Routes across Europe", HERO_ALT)
    fields = {
        **translated("title", HOME_TITLE),
        **translated("intro", HOME_INTRO),
        **translated("body", HOME_BODY),
        **translated("sections_heading", SECTIONS_HEADING),
        "hero_image": hero,
        "listing_image": hero,
        "social_image": hero,
    }
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's migrations leave a "Welcome" page at the top of the tree: replace it.
        for child in root.get_children():
            child.delete()
        home = upsert_page(root, HomePage, "home", **fields)
    else:
        home = upsert_page(root, HomePage, home.slug_en or "home", **fields)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or site.root_page_id != home.pk or current_run().reset:
        # The site's address (used in canonical links, hreflang and the sitemap) is the one the admin uses.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        site = site or Site(is_default_site=True)
        site.hostname, site.port, site.root_page, site.site_name = address.hostname, port, home, "CLARINET"
        site.save()
    return home


def load() -> HomePage:
    """Load the site-wide demo content and return the home page."""
    home = load_home()
    load_settings(Site.objects.get(is_default_site=True))
    load_themes()
    load_partners()
    load_pages(home)
    return home


def load_themes() -> None:
    """Create the missing theme tags used by the toolkit, the showcase and news."""
    for slug, names in THEMES:
        upsert_object(Theme, {"slug": slug}, **translated("name", names))


LA, CSO, NET = (
    PartnerOrganisation.OrganisationType.LOCAL_AUTHORITY,
    PartnerOrganisation.OrganisationType.CIVIL_SOCIETY,
    PartnerOrganisation.OrganisationType.NETWORK,
)


def place(en, it=None, de=None, sl=None, el=None, ro=None, bg=None, hu=None) -> dict[str, str]:
    """Return a place name per language; languages not given use the English name."""
    names = {"it": it, "de": de, "sl": sl, "el": el, "ro": ro, "bg": bg, "hu": hu}
    return {"en": en, **{code: name for code, name in names.items() if name}}


PARTNERS = [
    (
        "Municipality of Lampedusa and Linosa",
        LA,
        "lead",
        "IT",
        place("Lampedusa", el="Λαμπεντούζα", bg="Лампедуза"),
    ),
    ("Africa e Mediterraneo", CSO, "partner", "IT", place("Bologna", el="Μπολόνια", bg="Болоня")),
    (
        "Lai-momo",
        CSO,
        "partner",
        "IT",
        place(
            "Bologna area",
            it="Area di Bologna",
            de="Raum Bologna",
            sl="Območje Bologne",
            el="Περιοχή της Μπολόνια",
            ro="Zona Bologna",
            bg="Районът на Болоня",
            hu="Bologna környéke",
        ),
    ),
    (
        "Town of Traiskirchen",
        LA,
        "partner",
        "AT",
        place(
            "Lower Austria",
            it="Bassa Austria",
            de="Niederösterreich",
            sl="Spodnja Avstrija",
            el="Κάτω Αυστρία",
            ro="Austria Inferioară",
            bg="Долна Австрия",
            hu="Alsó-Ausztria",
        ),
    ),
    (
        "Südwind",
        CSO,
        "partner",
        "AT",
        place("Vienna", de="Wien", sl="Dunaj", el="Βιέννη", ro="Viena", bg="Виена", hu="Bécs"),
    ),
    (
        "Municipality of Črnomelj",
        LA,
        "partner",
        "SI",
        place("Bela krajina", el="Μπέλα Κράινα", bg="Бела Крайна"),
    ),
    (
        "Municipality of Agios Athanasios",
        LA,
        "partner",
        "CY",
        place(
            "Limassol district",
            it="Distretto di Limassol",
            de="Bezirk Limassol",
            sl="Okrožje Limassol",
            el="Επαρχία Λεμεσού",
            ro="Districtul Limassol",
            bg="Област Лимасол",
            hu="Limassol kerület",
        ),
    ),
    (
        "CSI Center for Social Innovation",
        CSO,
        "partner",
        "CY",
        place("Nicosia", de="Nikosia", sl="Nikozija", el="Λευκωσία", bg="Никозия"),
    ),
    (
        "Municipality of Constanța",
        LA,
        "partner",
        "RO",
        place("Constanța", el="Κωνστάντζα", bg="Констанца", hu="Konstanca"),
    ),
    (
        "Novapolis Association",
        CSO,
        "partner",
        "RO",
        place(
            "Bucharest",
            it="Bucarest",
            de="Bukarest",
            sl="Bukarešta",
            el="Βουκουρέστι",
            ro="București",
            bg="Букурещ",
            hu="Bukarest",
        ),
    ),
    (
        "Workshop for Civic Initiatives Foundation (FRGI)",
        CSO,
        "partner",
        "BG",
        place("Sofia", sl="Sofija", el="Σόφια", bg="София", hu="Szófia"),
    ),
    (
        "Cromo Foundation",
        CSO,
        "partner",
        "HU",
        place("Budapest", sl="Budimpešta", el="Βουδαπέστη", ro="Budapesta", bg="Будапеща"),
    ),
    ("ECCAR – European Coalition of Cities Against Racism", NET, "partner", "", {}),
    ("BJCEM – Biennale of young creators of Europe and the Mediterranean", NET, "partner", "", {}),
]


def load_partners() -> None:
    """Create the missing known partner organisations (unknown partners are left out, not invented)."""
    for name, kind, role, country, city in PARTNERS:
        upsert_object(
            PartnerOrganisation,
            {"name": name},
            organisation_type=kind,
            role=role,
            country=country,
            **translated("city", city),
        )


def load_pages(home: HomePage) -> None:
    """Create the missing standard, section and contact pages under `home`, in menu order."""
    from clarinet_site.demo.standard_pages import PAGES  # the long texts live in their own module

    pages = {}
    for spec in PAGES:
        fields = {
            **translated("title", spec["title"]),
            **translated("intro", spec.get("intro", {})),
            **translated("slug", {k: v for k, v in spec.get("slugs", {}).items() if k != "en"}),
            "show_in_menus": spec.get("menu", False),
        }
        if spec.get("body"):
            fields.update(translated("body", spec["body"]))
        pages[spec["slug"]] = upsert_page(home, spec.get("model", StandardPage), spec["slug"], **fields)
    if "contact" in pages and current_run().may_write(pages["contact"]):
        from clarinet_site.demo.contact import load_contact_form

        pages["contact"] = load_contact_form(pages["contact"])
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    links = {
        "privacy_page": pages.get("privacy"),
        "accessibility_page": pages.get("accessibility"),
        "legal_page": pages.get("legal-notice"),
        "contact_page": pages.get("contact"),
    }
    if fill(site_settings, links):
        site_settings.save()


def load_settings(site: Site) -> None:
    """Fill the empty site settings: coordinator contact, EU funding statement and disclaimer in 8 languages."""
    site_settings = SiteSettings.for_site(site)
    values = {
        "coordinator_email": "coordinator@example.org",
        "grant_number": "821562",
        **translated("funding_statement", FUNDING_STATEMENT),
        **translated("disclaimer", DISCLAIMER),
        **translated("coordinator_role", COORDINATOR_ROLE),
        **translated("project_full_name", PROJECT_FULL_NAME),
    }
    if fill(site_settings, values):  # only empty settings: the coordinator's own texts stay
        site_settings.save()

"""The site skeleton: the home page, the standard pages and each section's index page, in 8 languages.

`manage.py create_site` builds it on an empty database (replacing Wagtail's "Welcome to your new Wagtail
site!" page); `manage.py load_demo_content` builds it first and puts the demo content on it. Only what is
missing is created (see `clarinet_site.loading`), so running it again changes nothing.

Each app lists its pages in its own `skeleton.json`, declared by its AppConfig (`skeleton = "skeleton.json"`,
see `clarinet_site.app_contributions`); site-wide code never imports a section. An entry:

    {"page": "news", "model": "news.NewsIndexPage", "position": 60, "settings_link": "...",
     "fields": {"title": {"en": ..., ...}, "slug": {"hu": ...}, "intro": {...}, "show_in_menus": true}}

`page` is the English slug, `position` orders the home page's children (menu order), `settings_link` (optional)
names the SiteSettings field that points to the page (privacy, accessibility, legal notice, contact). A new
page type that every site needs (a search page, say) registers itself by adding such an entry to its app's
`skeleton.json` (and its app's AppConfig declaring `skeleton`, if it does not yet). One entry, in
clarinet_site's file, is the home page: `{"home": "home", "model": ..., "fields": {...}}`.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Page, Site

from clarinet_site.app_contributions import contributions
from clarinet_site.loading import apply_page, decode_fields, fill, read_data, upsert_page
from clarinet_site.models import HomePage, SiteSettings
from clarinet_site.roles import COORDINATOR_GROUP, partner_group_names


@dataclass
class Skeleton:
    """The skeleton as built: the home page, its pages by English slug, and whether the Site record changed."""

    home: HomePage
    pages: dict[str, Page] = field(default_factory=dict)
    site_changed: bool = False


def skeleton_entries() -> tuple[dict, list[dict]]:
    """Return (the home page's entry, the other pages' entries in position order) from every app's skeleton.

    Raises ImproperlyConfigured unless exactly one app declares the home page.
    """
    homes, pages = [], []
    for _config, path in contributions("skeleton"):
        for entry in read_data(path):
            (homes if "home" in entry else pages).append(entry)
    if len(homes) != 1:
        raise ImproperlyConfigured(f"The skeleton needs exactly one home page entry, found {len(homes)}")
    return homes[0], sorted(pages, key=lambda entry: entry["position"])


def site_address(
    url: str | None = None, hostname: str | None = None, port: int | None = None
) -> tuple[str, int]:
    """Return (hostname, port) for the Site record: from `hostname`/`port` where given, else from `url`, else
    from the SITE_URL setting (the environment variable of that name), else WAGTAILADMIN_BASE_URL."""
    address = urlsplit(url or settings.SITE_URL or settings.WAGTAILADMIN_BASE_URL)
    default_port = address.port or (443 if address.scheme == "https" else 80)
    return hostname or address.hostname or "localhost", port or default_port


def build_skeleton(hostname: str | None = None, port: int | None = None) -> Skeleton:
    """Create the missing skeleton pages and the default Site; return what was built.

    `hostname`/`port` set the default Site's address (an existing Site is changed only when they are given
    and differ); without them a new Site takes its address from the SITE_URL setting.
    """
    home_entry, entries = skeleton_entries()
    home = _home(home_entry)
    skeleton = Skeleton(home=home)
    skeleton.site_changed = _site(home, hostname, port)
    for entry in entries:
        skeleton.pages[entry["page"]] = apply_page(home, entry)
    links = {
        entry["settings_link"]: skeleton.pages[entry["page"]] for entry in entries if "settings_link" in entry
    }
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if fill(site_settings, links):  # only empty links: the coordinator's choice stays
        site_settings.save()
    return skeleton


def _home(entry: dict) -> HomePage:
    root = Page.get_first_root_node()
    model = apps.get_model(entry["model"])
    home = model.objects.first()
    if home is None:
        # Wagtail's own migration leaves a "Welcome to your new Wagtail site!" page (a plain Page): replace it.
        for child in root.get_children():
            if child.specific_class is Page:
                child.delete()
    slug = home.slug_en if home and home.slug_en else entry["home"]
    return upsert_page(root, model, slug, **decode_fields(model, entry["fields"]))


def _site(home: HomePage, hostname: str | None, port: int | None) -> bool:
    """Point the default Site at `home`, at the given address; return True if the Site record changed."""
    site = Site.objects.filter(is_default_site=True).first()
    wanted = {"root_page_id": home.pk}
    if site is None or hostname or port:
        wanted["hostname"], wanted["port"] = site_address(hostname=hostname, port=port)
    if site is None:
        site = Site(is_default_site=True, site_name="CLARINET")
    elif all(getattr(site, name) == value for name, value in wanted.items()):
        return False
    for name, value in wanted.items():
        setattr(site, name, value)
    site.save()
    return True


def missing_roles() -> list[str]:
    """Return the names of the editorial roles (groups) that do not exist; the migrations create them."""
    names = [COORDINATOR_GROUP, *partner_group_names()]
    existing = set(Group.objects.filter(name__in=names).values_list("name", flat=True))
    return [name for name in names if name not in existing]

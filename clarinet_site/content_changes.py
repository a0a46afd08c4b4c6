"""What a change to public content invalidates: the page cache's generation, and URLs in the cache in front.

Every save or delete of something visitors see (a page, a snippet, the site settings, an image, a document,
a collection, a redirect, a privacy restriction, a tag, a Site) adds one to the content generation
(clarinet_site/page_cache.py), inside the change's own transaction: the app's page cache and fragments are
fresh at once, in every process. Drafts and revisions count too (harmless: a cache miss more).

A shared cache in front (Varnish, `deploy/varnish/default.vcl`) is told through Wagtail's frontend cache
module (`WAGTAILFRONTENDCACHE`, set from FRONTEND_CACHE_URL) once the transaction commits:

- publishing, unpublishing or deleting a page purges it in all 8 languages at each language's own slugs,
  its ancestors (section indexes and the home pages, which list it), pages linking to it or linked from it
  (Wagtail's reference index: toolkit cards, "discussed in"), its descendants, the whole toolkit for a toolkit
  chapter (previous/next links, the one-page view), the news feeds of every language and the sitemap. Each
  purge also drops the page's sub-routes (calendar files, `all/`) and its filtered listings, which Varnish
  files under the page's path (`X-Page-Path`);
- anything shown in the frame of every page (a menu or footer page, the home page), a move or slug change
  (every URL below changes), and every other content change (snippets, settings, images, documents,
  redirects) bans the whole cache with one BAN request, as its effects cannot be listed cheaply.
"""

import functools
import logging
import threading
import urllib.error
import urllib.request

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import BaseViewRestriction, Collection, Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from clarinet_site.languages import language_codes
from clarinet_site.page_cache import bump_content_generation

logger = logging.getLogger(__name__)

# Page types whose pages show their neighbours (previous/next in reading order, the one-page view): a change
# purges every page below the nearest ancestor of the listed type.
SECTION_ROOTS = {"toolkit.ToolkitChapterPage": "toolkit.ToolkitPage"}
# Named URLs under every language prefix that list pages.
LISTING_URL_NAMES = ("news_rss", "news_atom")
# Depth of the home page (the site root) and of its children, the main menu's pages.
MENU_DEPTH = 3


@functools.cache
def content_models() -> tuple[type, ...]:
    """Return the model classes whose rows visitors see (a save or delete of one changes public content)."""
    from taggit.models import Tag
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    return (
        Page,
        Site,
        Collection,
        BaseViewRestriction,
        BaseSiteSetting,
        Redirect,
        Tag,
        get_image_model(),
        get_document_model(),
        *get_snippet_models(),
    )


def _is_content(instance) -> bool:
    return isinstance(instance, content_models())


# --- The shared cache in front: URLs collected during a transaction, sent once it commits ---

_pending = threading.local()


def frontend_cache_configured() -> bool:
    """Return True if a cache in front is configured (WAGTAILFRONTENDCACHE, from FRONTEND_CACHE_URL)."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _queue(urls: list[str] | None = None, ban: bool = False) -> None:
    """Send a purge of `urls` (or a ban of everything) when the current transaction commits (now if none).

    URLs queued during one transaction go out together once; a rolled back transaction sends nothing.
    """
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _send({"urls": set(urls or ()), "ban": ban})
        return
    batch = getattr(_pending, "batch", None)
    registered = batch is not None and any(item[1] is batch["send"] for item in connection.run_on_commit)
    if not registered:
        batch = {"urls": set(), "ban": False}
        batch["send"] = lambda: _send(batch)
        _pending.batch = batch
        transaction.on_commit(batch["send"])
    batch["urls"].update(urls or ())
    batch["ban"] = batch["ban"] or ban


def _queued_ban() -> bool:
    batch = getattr(_pending, "batch", None)
    connection = transaction.get_connection()
    return bool(
        batch and batch["ban"] and any(item[1] is batch["send"] for item in connection.run_on_commit)
    )


def _send(batch: dict) -> None:
    if batch["ban"]:
        ban_everything()
    elif batch["urls"]:
        PurgeBatch(sorted(batch["urls"])).purge()


def ban_everything() -> None:
    """Ask every HTTP frontend cache to drop everything (Varnish BAN, accepted from loopback only)."""
    for backend in get_backends().values():
        if not isinstance(backend, HTTPBackend):
            continue
        request = urllib.request.Request(  # noqa: S310 - the configured cache's own URL
            f"{backend.cache_scheme}://{backend.cache_netloc}/", method="BAN"
        )
        try:
            urllib.request.urlopen(request, timeout=5)  # noqa: S310
        except (urllib.error.URLError, OSError) as error:
            logger.error("Could not ban the frontend cache at %s: %s", backend.cache_netloc, error)


def page_language_urls(page: Page) -> list[str]:
    """Return the full URL of `page` in every site language, at that language's slugs, percent-encoded."""
    urls = []
    for code in language_codes():
        with translation.override(code):
            url = page.get_full_url()
        if url:
            urls.append(iri_to_uri(url))
    return urls


def listing_urls(site: Site | None) -> list[str]:
    """Return the full URLs of the feeds in every language and of the sitemap, on `site`'s root URL."""
    if site is None:
        return []
    root = site.root_url
    urls = [f"{root}{reverse('sitemap')}"]
    for code in language_codes():
        with translation.override(code):
            for name in LISTING_URL_NAMES:
                try:
                    urls.append(f"{root}{reverse(name)}")
                except NoReverseMatch:
                    continue
    return [iri_to_uri(url) for url in urls]


def _in_frame(page: Page) -> bool:
    """Return True if the page shows in the frame of every page: the home page, a menu page, a footer page."""
    if page.depth <= MENU_DEPTH:
        return True
    from clarinet_site.models import SiteSettings

    footer = ("privacy_page_id", "accessibility_page_id", "legal_page_id", "contact_page_id")
    return any(page.pk in row for row in SiteSettings.objects.values_list(*footer))


def affected_pages(page: Page) -> list[Page]:
    """Return the pages whose content shows `page`: itself, ancestors, descendants, references, its section.

    References come from Wagtail's reference index, both ways: pages linking to `page` show its title and
    card, pages it links to may list it ("discussed in").
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    linked_to = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    linked_from = ReferenceIndex.get_references_for_object(page).filter(to_content_type=page_type)
    linked = {int(pk) for pk in linked_to.values_list("object_id", flat=True)}
    linked |= {int(pk) for pk in linked_from.values_list("to_object_id", flat=True)}
    related = (
        Page.objects.ancestor_of(page).filter(depth__gt=1)
        | Page.objects.descendant_of(page)
        | Page.objects.filter(pk__in=linked)
    )
    section_type = SECTION_ROOTS.get(page.specific_class._meta.label if page.specific_class else "")
    if section_type:
        section = Page.objects.ancestor_of(page).type(apps.get_model(section_type)).first()
        if section is not None:
            related |= Page.objects.descendant_of(section, inclusive=True)
    pages = {page.pk: page}
    for other in related.specific():
        pages.setdefault(other.pk, other)
    return list(pages.values())


def purge_page(page: Page) -> None:
    """Queue the purge of every URL showing `page` (see the module docs), sent when the transaction commits."""
    if not frontend_cache_configured() or _queued_ban():
        return
    if _in_frame(page):
        _queue(ban=True)
        return
    urls = listing_urls(page.get_site())
    for other in affected_pages(page):
        urls.extend(page_language_urls(other))
    _queue(urls)


def ban_after_commit() -> None:
    """Queue a ban of the whole frontend cache, sent when the transaction commits."""
    if frontend_cache_configured():
        _queue(ban=True)


# --- Signal handlers ---


@receiver(post_save)
@receiver(post_delete)
def content_saved_or_deleted(sender, instance, **kwargs) -> None:
    """Bump the content generation for any content row; ban the frontend cache unless it is a page.

    Pages are purged URL by URL by `page_changed` on publish, unpublish and delete; saving a draft changes
    nothing visitors see in the cache in front.
    """
    if not _is_content(instance):
        return
    bump_content_generation()
    if not isinstance(instance, Page):
        ban_after_commit()


@receiver(m2m_changed)
def content_relations_changed(sender, instance, action: str, **kwargs) -> None:
    """Bump the content generation when a content row's many-to-many relations change."""
    if action.startswith("post_") and _is_content(instance):
        bump_content_generation()
        if not isinstance(instance, Page):
            ban_after_commit()


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance: Page, **kwargs) -> None:
    """Purge a published or unpublished page's URLs in every language, and the listings that show it."""
    purge_page(instance)


@receiver(pre_delete)
def page_deleted(sender, instance, **kwargs) -> None:
    """Purge a deleted live page's URLs (computed before its row goes) and the listings that showed it."""
    if isinstance(instance, Page) and instance.live and instance.depth > 1:
        purge_page(instance)


@receiver(post_page_move)
@receiver(page_slug_changed)
def page_addresses_changed(sender, instance: Page, **kwargs) -> None:
    """A move or a new slug changes the URL of the page and every page below it: ban everything."""
    ban_after_commit()

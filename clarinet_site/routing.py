"""Routing a URL to its page in one query for the whole path, instead of two per level.

wagtail-modeltranslation routes level by level: at each level it loads every child of the page (all their
columns in every language) to compare slugs, then the chosen child's specific row: a news page under an index
of 300 news loads 300 rows. Each page stores its URL path per language (`url_path_<code>`, built from that
language's slugs with the English ones as fallback), so the pages along the path are found at once by those
paths. The result is the same page, arguments and 404s as modeltranslation's route: a routable page's own
routes (`/toolkit/all/`) are tried before its children's slugs, as there. A page written in one language only
has that language's slug in every language's URL path (built in its base language, clarinet_site/base_language.py),
so the addresses its language switcher gives are found here and show the "not available" page, not a 404.

The pages along the path are remembered for the request (`route_chain`): the breadcrumbs reuse them.
"""

import functools

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation import patch_wagtailadmin

from clarinet_site.languages import current_language
from clarinet_site.page_cache import fragment
from clarinet_site.queries import translated_only
from clarinet_site.request_memo import is_public, remember


def localized_url_path(page: Page, code: str) -> str:
    """Return `page`'s URL path in language `code` as modeltranslation builds it (English when not set)."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return (
        getattr(page, f"url_path_{code}", None) or getattr(page, f"url_path_{default}", None) or page.url_path
    )


def _routable_match(page: Page, components: list[str]) -> bool:
    """Return True if `page` is a live routable page with its own route for `components`."""
    page_class = page.specific_class
    if page_class is None or not issubclass(page_class, RoutablePageMixin) or not page.live:
        return False
    try:
        page_class.get_resolver().resolve("/" + "".join(f"{part}/" for part in components))
    except Resolver404:
        return False
    return True


def specific_for_serving(page: Page, request=None) -> Page:
    """Return the specific page of `page` with its foreign keys to images and snippets joined (social, listing
    and hero images, partner organisations), in one query.

    With `request`, the row is kept per content generation (`page_cache.fragment`; any change to the page or
    its images moves the generation on): building a page from its wide row (every field in every language)
    and compiling that query was a third of a simple page's time. Each request gets its own copy.
    """
    page_class = page.specific_class

    def build() -> Page:
        return page_class._default_manager.select_related(*_joined_fields(page_class)).get(pk=page.pk)

    if request is None:
        return build()
    return fragment(request, "serve-page", (page.pk,), build)


@functools.cache
def _joined_fields(page_class: type[Page]) -> list[str]:
    """Return the names of `page_class`'s foreign keys to the images and snippets it shows (images, partner
    organisations: not pages, users, locales or revisions), found once per class: a page type has a hundred
    and more fields, one per field and language."""
    return [
        field.name
        for field in page_class._meta.concrete_fields
        if field.is_relation
        and field.related_model._meta.app_label not in ("wagtailcore", "contenttypes", "auth")
        and not issubclass(field.related_model, Page)
    ]


def route(root: Page, request, path_components: list[str]) -> RouteResult:
    """Route `path_components` below `root` (the site's root page) in the active language.

    Returns Wagtail's RouteResult (page, args, kwargs); raises Http404 when no page or route matches or the
    page is not live. Two queries: the pages along the path (with the root's children), and the found page's
    specific row; one for the root itself. With `request`, both are kept per content generation
    (`page_cache.fragment`).
    """
    if not path_components:
        # The root page itself, with its images joined (Wagtail's root page has none joined).
        return patch_wagtailadmin._new_route(specific_for_serving(root, request), request, [])
    code = current_language()
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    base = localized_url_path(root, code)
    wanted = [
        base + "".join(f"{part}/" for part in path_components[: i + 1]) for i in range(len(path_components))
    ]
    own = f"url_path_{code}"
    by_path = Q(**{f"{own}__in": wanted}) | (
        (Q(**{f"{own}__isnull": True}) | Q(**{own: ""})) & Q(**{f"url_path_{default}__in": wanted})
    )
    fields = translated_only(Page, "title", "url_path")
    # The root's children come along: the main menu and the footer list them (`home_children`).
    candidates = Page.objects.descendant_of(root).filter(by_path | Q(depth=root.depth + 1)).order_by("path")
    # Kept per content generation and address.
    pages = fragment(
        request,
        "route",
        (root.pk, code, "/".join(path_components)),
        lambda: list(candidates.only("path", "depth", "live", "content_type", "show_in_menus", *fields)),
    )
    children = [page for page in pages if page.depth == root.depth + 1 and page.live and is_public(page)]
    remember(("home_children", code), lambda: children)
    found = {(page.depth, localized_url_path(page, code)): page for page in pages}
    chain = [root]
    current = root
    for i, url_path in enumerate(wanted):
        if _routable_match(current, path_components[i:]):
            break
        child = found.get((current.depth + 1, url_path))
        if child is None or not child.path.startswith(current.path):
            raise Http404
        chain.append(child)
        current = child
    else:
        i = len(path_components)
    remember("route_chain", lambda: chain)
    return specific_for_serving(current, request).route(request, path_components[i:])


def route_chain() -> list[Page]:
    """Return the pages from the site root to the page routed in this request (empty when none was)."""
    return remember("route_chain", list)


def route_for_request(request, path: str) -> RouteResult | None:
    """Wagtail's `Page.route_for_request` routing with `route` from the site's root page; None for no page.

    Wagtail's own asks the root page's specific row only to call its `route`; `route` needs the base row
    the site lookup already joined. The result is kept on the request, as Wagtail does.
    """
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        result = None
        if site is not None:
            try:
                result = route(site.root_page, request, [part for part in path.split("/") if part])
            except Http404:
                pass
        request._wagtail_route_for_request = result
    return request._wagtail_route_for_request


def install() -> None:
    """Make Wagtail's serve view (and `Page.find_for_request`) route with `route_for_request`."""
    Page.route_for_request = staticmethod(route_for_request)

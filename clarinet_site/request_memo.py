"""What a page reads once per request: the memo, its middleware, and the Wagtail lookups it remembers.

A page asks several times for the same things: the site's root paths (every URL it writes, in every language
of the language switcher and hreflang links), the private sections (each `.public()` listing), the page's
ancestors (routing, then breadcrumbs). Outside a request (management commands, the admin's background work)
nothing is remembered and every call asks again, as Wagtail does.

The memo lives in a context variable set by `RequestMemoMiddleware` for the duration of one request, so it
is never shared between requests, threads or workers, and never outlives a publish.

Two lookups every page makes are also kept between requests, as fragments of the content generation
(`page_cache.fragment`: any change to a Site or a privacy restriction moves the generation on, so a kept copy
is never stale): the Site serving the request's host, and the private sections.
"""

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import Any

from django.core.exceptions import DisallowedHost
from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet
from wagtail_modeltranslation import patch_wagtailadmin

from clarinet_site.page_cache import fragment

_memo: ContextVar[dict | None] = ContextVar("clarinet_request_memo", default=None)
# The memo's entry holding the request itself (for fragments, which read the request's content generation).
_REQUEST = object()


class RequestMemoMiddleware:
    """Give each request an empty memo (see `remember`) and drop it when the response is built."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({_REQUEST: request})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def remember(key: Hashable, compute: Callable[[], Any]) -> Any:
    """Return `compute()`, computed once per request for `key`; outside a request, compute it every time."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def current_request() -> HttpRequest | None:
    """Return the request being answered (None outside a request)."""
    memo = _memo.get()
    return memo.get(_REQUEST) if memo is not None else None


def view_restrictions() -> list[PageViewRestriction]:
    """Return every page view restriction with its page (once per request, and kept per content generation
    between requests): the private sections."""

    def build() -> list[PageViewRestriction]:
        return list(
            PageViewRestriction.objects.select_related("page").only("page", "page__path", "page__depth")
        )

    request = current_request()
    if request is None:
        return build()
    return remember("view_restrictions", lambda: fragment(request, "view-restrictions", (), build))


def is_public(page: Page) -> bool:
    """Return True if `page` is in no private section (Wagtail's `PageQuerySet.public()`, in Python)."""
    return not any(page.path.startswith(restriction.page.path) for restriction in view_restrictions())


def view_restrictions_of(page: Page):
    """Return the view restrictions that apply to `page` (its own and its ancestors'), as Wagtail's
    `Page.get_view_restrictions` does, from the memo: no query when none applies, the usual case.

    An alias page keeps Wagtail's own lookup (it also follows the restrictions of the page it aliases).
    """
    if page.alias_of_id:
        return Page.get_view_restrictions(page)
    ids = [
        restriction.pk for restriction in view_restrictions() if page.path.startswith(restriction.page.path)
    ]
    return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()


def _private_q(self: PageQuerySet) -> Q:
    """Wagtail's `PageQuerySet.private_q` reading the private sections from the request memo."""
    q = Q()
    for restriction in view_restrictions():
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    # As Wagtail: match no page when there is no private section.
    return q if q else Q(pk__in=[])


def _site_root_paths(self, request=None):
    """wagtail-modeltranslation's per-language site root paths, read from the cache once per request and
    language (it keeps one language per request: the language switcher's 8 languages read the cache 8 times
    per link otherwise)."""
    return remember(
        ("site_root_paths", get_language()), patch_wagtailadmin._localized_site_get_site_root_paths
    )


def _find_site_for_request(request: HttpRequest) -> Site | None:
    """Wagtail's `Site._find_for_request` (the Site serving the request's host and port, with its root page),
    kept per content generation, host and port. A host outside ALLOWED_HOSTS is looked up every time (its
    answer is not kept: any visitor may send any Host header)."""
    try:
        request.get_host()
    except DisallowedHost:
        return _wagtail_find_for_request(request)
    return fragment(
        request,
        "site",
        (request._get_raw_host(), request.get_port()),
        lambda: _wagtail_find_for_request(request),
    )


_wagtail_find_for_request = Site._find_for_request


def install(page_models: list[type[Page]]) -> None:
    """Make Wagtail's private-section filter and modeltranslation's site root paths use the request memo,
    and Wagtail's Site lookup the fragments of the content generation.

    `page_models` are the concrete page models; modeltranslation patched `_get_site_root_paths` onto each
    of them (and Page) when the app registry was ready, so the memoised version replaces it on each.
    """
    PageQuerySet.private_q = _private_q
    Site._find_for_request = staticmethod(_find_site_for_request)
    for model in [Page, *page_models]:
        if "_get_site_root_paths" in model.__dict__:
            model._get_site_root_paths = _site_root_paths

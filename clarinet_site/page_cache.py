"""The page cache for anonymous visitors, never stale, and the cached fragments of the page frame.

How it stays fresh: every change to public content (clarinet_site/content_changes.py) adds one to the content
generation, a single database row (`ContentGeneration`) that commits or rolls back with the change. The
generation is read once per request and is part of every cache key, so a change makes every earlier entry
unreachable at once, in every process and whatever cache each process uses (Redis shared by all, or each
gunicorn worker's local memory). Old entries are never read again and expire on their own.

What is cached (`PageCacheMiddleware`, first in MIDDLEWARE so that a hit skips everything else; the plainest hits
are answered even before Django by `PageCacheApplication`, the WSGI application gunicorn runs): GET answers
of status 200 to requests without a session, CSRF or messages cookie and without Authorization, outside the
admin, documents, static and media files, that set no cookie, used no CSRF token, are not marked private by
their view and vary on nothing but Cookie and Accept-Encoding. HEAD requests are answered from the entry of
the GET. Those responses get `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE, s-maxage=PAGE_CACHE_S_MAXAGE`
(a view's own Cache-Control is kept), `Vary: Cookie`, an ETag and Last-Modified, and conditional requests
are answered 304 (RFC 9110, section 13). Responses to requests with a session or CSRF cookie get
`Cache-Control: private, no-store` (Django's never-cache headers); other uncached answers (404s, redirects,
errors) `no-cache` unless their view says otherwise, so no shared cache keeps a 404 of a page not yet
published.

Settings: PAGE_CACHE_ENABLED (default True), PAGE_CACHE_MAX_AGE (seconds, default 60), PAGE_CACHE_S_MAXAGE
(default 600, also how long an entry is kept), PAGE_CACHE_EXCLUDED_PATHS (path prefixes never cached).
"""

import hashlib
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.db import DatabaseError, connection
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.http import HttpRequest, HttpResponse
from django.utils.cache import (
    add_never_cache_headers,
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.encoding import iri_to_uri
from django.utils.http import http_date, parse_http_date_safe
from wagtail import hooks

from clarinet_site.generation_listener import CHANNEL, listener

GENERATION_ATTRIBUTE = "_clarinet_content_generation"
# The one header a response may vary on besides Cookie: it is part of the cache key (normalised below).
ENCODINGS = ("br", "gzip", "zstd")
CACHE_STATUS_HEADER = "X-Page-Cache"
# Requests `PageCacheApplication` leaves to Django: private state, or a conditional request (answered 304 there).
FAST_PATH_REFUSED = ("HTTP_COOKIE", "HTTP_AUTHORIZATION", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")
# Part of every page key: a new layout of the cached entries (PageCacheMiddleware._entry) never meets an old one
# in a shared cache.
ENTRY_FORMAT = 3
# Set by the before_serve_page hook: the page's own path, so a shared cache in front can purge the page's
# sub-routes (calendar files, the one-page toolkit) and filtered listings with the page (deploy/varnish).
PAGE_PATH_HEADER = "X-Page-Path"


def content_generation(request: HttpRequest | None = None) -> int:
    """Return the current content generation (0 before the first change), read once per request.

    With `request`, the value is memoised on it: the page cache and every fragment of one response use the
    same generation. On PostgreSQL with PAGE_CACHE_LISTEN the value comes from this process's listener
    (clarinet_site/generation_listener.py) without a query. On a database error the generation is -1:
    nothing is cached or served from the cache while the database cannot say what is current.
    """
    if request is not None and hasattr(request, GENERATION_ATTRIBUTE):
        return getattr(request, GENERATION_ATTRIBUTE)
    from clarinet_site.models import ContentGeneration

    value = listener.current() if settings.PAGE_CACHE_LISTEN and connection.vendor == "postgresql" else None
    if value is not None:
        if request is not None:
            setattr(request, GENERATION_ATTRIBUTE, value)
        return value
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT value FROM {ContentGeneration._meta.db_table} WHERE id = 1")  # noqa: S608
            row = cursor.fetchone()
        value = row[0] if row else 0
    except DatabaseError:
        value = -1
    if request is not None:
        setattr(request, GENERATION_ATTRIBUTE, value)
    return value


def bump_content_generation() -> None:
    """Move the content generation on, inside the caller's transaction (so it commits with the change).

    The new value is the clock in microseconds (or one more than the old value, if larger): a value is never
    used twice, also after a transaction rolled its bump back or a database backup was restored, so no old
    cache entry can match a later generation.
    """
    from clarinet_site.models import ContentGeneration

    new_value = Greatest(F("value") + 1, Value(time.time_ns() // 1000))
    if not ContentGeneration.objects.filter(pk=1).update(value=new_value):
        ContentGeneration.objects.get_or_create(pk=1, defaults={"value": time.time_ns() // 1000})
    if connection.vendor == "postgresql":
        # Delivered to every process's listener when (and only if) the transaction commits.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_notify(%s, '')", [CHANNEL])


def fragment(request: HttpRequest | None, name: str, parts: tuple, build: Callable[[], Any]) -> Any:
    """Return `build()`, cached per content generation under `name` and `parts` (e.g. site id, language, a
    path or query string: values of any length and character, hashed into the key).

    Only GET and HEAD requests use the cache. Kept in the `local` cache (each process's memory): the
    generation in the key makes a stale entry unreachable, so nothing needs sharing and no network round trip
    is spent. `build()` must return picklable data (dicts, lists, strings, or model instances that need no
    request: each read unpickles a copy of its own).
    """
    if request is not None and request.method not in ("GET", "HEAD"):
        # A request that may change content (a publish in the admin, then reindexing or privacy checks in the
        # same request) neither reads nor fills fragments: its generation was read before its own change.
        return build()
    generation = content_generation(request)
    if generation < 0 or getattr(request, "is_preview", False):
        return build()  # A preview shows a draft: nothing of it may reach a visitor.
    digest = hashlib.blake2b("\x1f".join(str(part) for part in parts).encode(), digest_size=16).hexdigest()
    key = f"fragment:{generation}:{name}:{digest}"
    store = caches["local"]
    value = store.get(key)
    if value is None:
        value = build()
        store.set(key, value, settings.PAGE_CACHE_S_MAXAGE)
    return value


def _private_cookies() -> tuple[str, ...]:
    return (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, CookieStorage.cookie_name)


def has_private_state(request: HttpRequest) -> bool:
    """Return True if the request carries a session, CSRF or messages cookie, or an Authorization header."""
    return "HTTP_AUTHORIZATION" in request.META or any(name in request.COOKIES for name in _private_cookies())


def _excluded(path: str) -> bool:
    prefixes = (*settings.PAGE_CACHE_EXCLUDED_PATHS, settings.STATIC_URL, settings.MEDIA_URL)
    return path.startswith(tuple(prefix for prefix in prefixes if prefix))


def _encoding(environ: dict) -> str:
    accepted = environ.get("HTTP_ACCEPT_ENCODING", "").lower()
    return ",".join(name for name in ENCODINGS if name in accepted)


# What decides a request's scheme and host in Django (HttpRequest.scheme, get_host), taken raw from the WSGI
# environ so that `PageCacheApplication` finds an entry without building a request.
KEY_VARIABLES = ("wsgi.url_scheme", "HTTP_HOST", "SERVER_NAME", "SERVER_PORT", "QUERY_STRING")


def page_cache_key(environ: dict, path: str, generation: int) -> str:
    """Return the cache key of a request's page from its WSGI environ (`request.META`) and path
    (`request.path`): the generation, the accepted encodings, the path and query string, and the raw scheme
    and host variables (plus the proxy's scheme and host headers where settings trust them).

    Raw values never hit an entry of a host outside ALLOWED_HOSTS: an entry is only stored by
    `PageCacheMiddleware` after Django validated the host of a request with the same values.
    """
    names = list(KEY_VARIABLES)
    if settings.SECURE_PROXY_SSL_HEADER:
        names.append(settings.SECURE_PROXY_SSL_HEADER[0])
    if settings.USE_X_FORWARDED_HOST:
        names.append("HTTP_X_FORWARDED_HOST")
    raw = "|".join([_encoding(environ), path, *(str(environ.get(name, "")) for name in names)]).encode()
    return f"page{ENTRY_FORMAT}:{generation}:{hashlib.blake2b(raw, digest_size=20).hexdigest()}"


def _wsgi_path(environ: dict) -> str:
    """Return the `request.path` Django's WSGIRequest would make of `environ` (its script name and path info,
    decoded as Django decodes them), which Django then stores in place of the raw values."""
    path_info = get_path_info(environ) or "/"
    return f"{get_script_name(environ).rstrip('/')}/{path_info.replace('/', '', 1)}"


def _vary_headers(response: HttpResponse) -> set[str]:
    return {value.strip().lower() for value in cc_delim_re.split(response.get("Vary", "")) if value.strip()}


def _cache_control(response: HttpResponse) -> str:
    return response.get("Cache-Control", "").lower()


def response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    """Return True if an anonymous response may be shared with every other visitor (see the module docs)."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and not getattr(request, "is_preview", False)
        and not any(word in _cache_control(response) for word in ("private", "no-store", "no-cache"))
        and _vary_headers(response) <= {"cookie", "accept-encoding"}
    )


class PageCacheMiddleware:
    """Serve anonymous GET and HEAD requests from `caches["default"]`, keyed by the content generation."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.PAGE_CACHE_ENABLED or _excluded(request.path):
            return self.get_response(request)
        if request.method not in ("GET", "HEAD") or has_private_state(request):
            return self._uncached(request, self.get_response(request), "skip")
        generation = content_generation(request)
        try:
            request.get_host()  # An entry is stored only for an allowed host (see page_cache_key).
            key = page_cache_key(request.META, request.path, generation) if generation >= 0 else None
        except DisallowedHost:
            key = None  # The inner middleware answers 400 as usual.
        if key is None:
            return self._uncached(request, self.get_response(request), "skip")
        cache = caches["default"]
        entry = cache.get(key)
        if entry is not None:
            return self._hit(request, entry)
        response = self.get_response(request)
        if not response_is_cacheable(request, response):
            return self._uncached(request, response, "skip")
        self._add_public_headers(request, response)
        if request.method == "GET":
            cache.set(key, self._entry(response), settings.PAGE_CACHE_S_MAXAGE)
        response[CACHE_STATUS_HEADER] = "miss"
        return self._conditional(request, response)

    @staticmethod
    def _entry(response: HttpResponse) -> tuple[bytes, dict[str, tuple[str, str]], str | None, int | None]:
        """Return what a hit needs to answer without work: the body, the headers as Django's ResponseHeaders
        keep them (already checked and encoded, the cache status set to "hit"), the ETag and Last-Modified
        (seconds since the epoch)."""
        headers = dict(response.headers._store)
        headers[CACHE_STATUS_HEADER.lower()] = (CACHE_STATUS_HEADER, "hit")
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return response.content, headers, response.get("ETag"), last_modified

    @staticmethod
    def _hit(request: HttpRequest, entry: tuple) -> HttpResponse:
        """Answer from a cache entry (see `_entry`): the headers are taken as stored, not parsed and checked
        again header by header (most of a hit's cost otherwise)."""
        content, headers, etag, last_modified = entry
        response = HttpResponse(content)
        response.headers._store = dict(headers)
        if "HTTP_IF_NONE_MATCH" not in request.META and "HTTP_IF_MODIFIED_SINCE" not in request.META:
            return response
        return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)

    @staticmethod
    def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """Answer 304 when the request's If-None-Match or If-Modified-Since matches (Django's rules)."""
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )

    @staticmethod
    def _add_public_headers(request: HttpRequest, response: HttpResponse) -> None:
        page_path = getattr(request, "cache_page_path", None)
        if page_path:
            response[PAGE_PATH_HEADER] = page_path
        if "Cache-Control" not in response:
            patch_cache_control(
                response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE, s_maxage=settings.PAGE_CACHE_S_MAXAGE
            )
        # A browser must not show this copy to the same visitor once logged in (the session cookie differs).
        patch_vary_headers(response, ["Cookie"])
        if not response.has_header("ETag"):
            set_response_etag(response)
        response.headers.setdefault("Last-Modified", http_date(time.time()))

    @staticmethod
    def _uncached(request: HttpRequest, response: HttpResponse, status: str) -> HttpResponse:
        if has_private_state(request) or response.cookies or request.META.get("CSRF_COOKIE_USED"):
            add_never_cache_headers(response)
        elif "Cache-Control" not in response:
            patch_cache_control(response, no_cache=True)
        response[CACHE_STATUS_HEADER] = status
        return response


class PageCacheApplication:
    """WSGI application answering cached pages before Django builds a request, around Django's application.

    Django's request cycle (the request object, the request_started and request_finished signals with their
    database connection checks, the response object) costs more than a cache hit itself; answering here makes
    a cached page about as cheap as a hello world. Only the plainest case is answered here: a GET without
    any cookie, Authorization or conditional header, while this process knows the content generation from the
    listener (clarinet_site/generation_listener.py), for an entry `PageCacheMiddleware` stored. Everything else,
    and every miss, goes to Django, whose middleware applies the full rules (module docs).
    """

    def __init__(self, application: Callable):
        self.application = application

    def __call__(self, environ: dict, start_response: Callable) -> Any:
        entry = self._entry(environ)
        if entry is None:
            return self.application(environ, start_response)
        content, headers = entry[0], entry[1]
        start_response("200 OK", list(headers.values()))
        return [content]

    @staticmethod
    def _entry(environ: dict) -> tuple | None:
        """Return the stored entry answering `environ` here, or None to leave the request to Django."""
        if (
            not settings.PAGE_CACHE_ENABLED
            or not settings.PAGE_CACHE_LISTEN
            or environ.get("REQUEST_METHOD") != "GET"
            or any(name in environ for name in FAST_PATH_REFUSED)
            or _excluded(environ.get("PATH_INFO", ""))
            or connection.vendor != "postgresql"
        ):
            return None
        generation = listener.current()
        if generation is None:
            return None
        return caches["default"].get(page_cache_key(environ, _wsgi_path(environ), generation))


@hooks.register("before_serve_page")
def remember_page_path(page, request: HttpRequest, serve_args, serve_kwargs) -> None:
    """Wagtail hook: note the served page's path in the active language, sent as `X-Page-Path`."""
    parts = page.get_url_parts(request)
    if parts is not None:
        request.cache_page_path = iri_to_uri(parts[2])


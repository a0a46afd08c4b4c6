"""Security headers beyond Django's and django-csp's, and the page headers on WhiteNoise's static files.

Django's SecurityMiddleware sends X-Content-Type-Options, Referrer-Policy, Cross-Origin-Opener-Policy and
HSTS; django-csp the Content-Security-Policy; XFrameOptionsMiddleware X-Frame-Options. This module adds
Permissions-Policy (https://www.w3.org/TR/permissions-policy/) and Cross-Origin-Resource-Policy
(https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header) to every response, and gives static
files, which WhiteNoise answers before the inner middleware runs, the CSP and X-Frame-Options of pages too.
The settings are `PERMISSIONS_POLICY` and `CROSS_ORIGIN_RESOURCE_POLICY` (clarinet_site/settings/base.py).
"""

from collections.abc import Callable
from wsgiref.headers import Headers

from csp.utils import build_policy
from django.conf import settings
from django.http import HttpRequest, HttpResponse


def permissions_policy(policy: dict[str, list[str]]) -> str:
    """Serialise {feature: allowed origins} as a Permissions-Policy header value.

    `[]` denies the feature everywhere (`camera=()`); "self" stays a keyword, any other origin is quoted:
    `{"fullscreen": ["self", "https://player.vimeo.com"]}` gives `fullscreen=(self "https://player.vimeo.com")`.
    """
    items = []
    for feature, origins in policy.items():
        allowed = " ".join(origin if origin in ("self", "*") else f'"{origin}"' for origin in origins)
        items.append(f"{feature}=({allowed})")
    return ", ".join(items)


def extra_headers() -> dict[str, str]:
    """Return the headers this module adds to every response: Permissions-Policy, Cross-Origin-Resource-Policy."""
    return {
        "Permissions-Policy": permissions_policy(settings.PERMISSIONS_POLICY),
        "Cross-Origin-Resource-Policy": settings.CROSS_ORIGIN_RESOURCE_POLICY,
    }


class SecurityHeadersMiddleware:
    """Add `extra_headers()` to every response that does not set them itself."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.headers = extra_headers()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        for name, value in self.headers.items():
            response.headers.setdefault(name, value)
        return response


def add_static_file_headers(headers: Headers, path: str, url: str) -> None:
    """WhiteNoise's WHITENOISE_ADD_HEADERS_FUNCTION: the page CSP, X-Frame-Options and `extra_headers()`.

    Called once per static file when WhiteNoise starts. X-Content-Type-Options, Referrer-Policy, COOP and
    HSTS need no help: SecurityMiddleware, which wraps WhiteNoise's middleware, adds them to its responses.
    """
    headers["Content-Security-Policy"] = build_policy()
    headers["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    for name, value in extra_headers().items():
        headers[name] = value

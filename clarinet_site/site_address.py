"""The site's public address (`SITE_URL`), the origin of every absolute URL the site writes.

Canonical and hreflang links, the sitemap, robots.txt, feeds, calendar files and social images are absolute
URLs. Wagtail builds a page's from its Site record (host name and port); behind a proxy, on another port
(`make run PORT=8123`) or after a host name change that record may not say where visitors reach the site.
With `SITE_URL` set (e.g. `https://clarinet.example.org`) every absolute URL starts with it, whatever the
Site record or the request's Host header say; without it Wagtail's Site record decides, as before, and
links that do not come from a page use the request's own address.
"""

from django.conf import settings
from django.http import HttpRequest


def configured_site_url() -> str:
    """Return `settings.SITE_URL` without a trailing slash, or "" when it is not configured."""
    return (getattr(settings, "SITE_URL", "") or "").rstrip("/")


def page_root_url(root_url: str) -> str:
    """Return the origin to put before a page's path: `SITE_URL` when configured, else Wagtail's `root_url`.

    Called by `BasePage.get_url_parts`; the project runs one Wagtail site, whose address `SITE_URL` is.
    """
    return configured_site_url() or root_url


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    """Return `path` (starting with "/") as an absolute URL on the site's address.

    The address is `SITE_URL` when configured, else the request's scheme and host, else
    `WAGTAILADMIN_BASE_URL`. An already absolute `path` is returned unchanged.
    """
    if path.startswith(("http://", "https://")):
        return path
    origin = configured_site_url()
    if not origin:
        if request is not None:
            return request.build_absolute_uri(path)
        origin = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return origin + path

"""Site-wide views: sitemap, robots.txt and the translated error pages."""

from django.http import HttpRequest, HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from clarinet_site.site_address import absolute_url


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap(request: HttpRequest) -> HttpResponse:
    """Return sitemap.xml (GET or HEAD): each page once per translated language, with its hreflang alternates."""
    return wagtail_sitemap(request)


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Return robots.txt (GET or HEAD): everything public may be crawled except the admin; points to the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/authenticate_with_password/",
        f"Sitemap: {absolute_url(reverse('sitemap'), request)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Return the 404 page in the language of the URL prefix (else the visitor's), with the site's frame."""
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request: HttpRequest) -> HttpResponse:
    """Return the 500 page; it uses no database so it renders even when the database is the problem."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}, request))

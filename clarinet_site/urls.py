"""URL configuration: admin and machine-readable files without a prefix, every public page under /<language>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from clarinet_site import views
from clarinet_site.search.views import search
from clarinet_site.uploads.views import serve_document, serve_media

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own route (same path): Wagtail's serve view with the upload headers added.
    re_path(r"^documents/(\d+)/(.*)$", serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded media from this process: for a local run or a single small server. Larger set-ups serve
    # media from S3-compatible storage or the front proxy instead (README: headers it must add).
    urlpatterns.append(re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media))

# `/` has no page: LocaleMiddleware redirects it to /<best language>/ (Accept-Language, else English).
urlpatterns += i18n_patterns(
    path("", include("news.urls")),
    # The search page's address is translated like a page slug: /en/search/, /hu/kereses/, /de/suche/ ...
    path(pgettext_lazy("URL path of the search page", "search/"), search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "clarinet_site.views.page_not_found"
handler500 = "clarinet_site.views.server_error"

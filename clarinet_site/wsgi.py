"""WSGI entry point for gunicorn: `gunicorn clarinet_site.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clarinet_site.settings.production")
django_application = get_wsgi_application()

# Imported once Django is set up: cached pages are answered before Django's request cycle.
from clarinet_site.page_cache import PageCacheApplication  # noqa: E402

application = PageCacheApplication(django_application)

"""A Django "hello world" WSGI application: the yardstick of `scripts/bench` (same gunicorn, same options).

One view answering "Hello, world" with Django's default middleware, no database, no templates: what a
request costs in Django itself on this machine.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="hello-world-benchmark-only",  # noqa: S106 - serves one constant page on loopback
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
)


def hello(request):
    """Answer every GET with a short plain-text page."""
    return HttpResponse("Hello, world\n", content_type="text/plain")


urlpatterns = [path("", hello)]
application = get_wsgi_application()

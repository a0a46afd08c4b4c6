"""Test settings: PostgreSQL from DATABASE_URL (the README's test command points it at the local server)."""

from .base import *  # noqa: F403
from .base import os

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"},
}
# Wagtail's own tasks and the contact e-mail run inside the request; tests of the task worker switch to the
# database backend themselves.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/clarinet-test-media")  # noqa: S108
WAGTAILADMIN_BASE_URL = "http://testserver"
# Absolute URLs from the Site record (testserver), whatever the environment says; tests override it.
SITE_URL = ""
PRIVATE_MEDIA_ROOT = os.environ.get("TEST_PRIVATE_MEDIA_ROOT", f"{MEDIA_ROOT}-private")
# Test transactions never commit, so no NOTIFY arrives: each request reads the generation (tests that commit
# switch the listener on: tests/test_page_cache_processes.py).
PAGE_CACHE_LISTEN = False

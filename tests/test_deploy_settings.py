"""The environment decides where media, documents and sessions live (README: "Scaling out")."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json
import django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
documents = storages["documents"]
try:
    documents.url("documents/x/report.pdf")
    document_url = "given"
except NotImplementedError:
    document_url = "refused"
print(json.dumps({
    "default": settings.STORAGES["default"],
    "documents": settings.STORAGES["documents"],
    "document_storage": type(documents).__name__,
    "document_url": document_url,
    "image_url": storages["default"].url("images/a.jpg"),
    "session_engine": settings.SESSION_ENGINE,
    "admin_base_url": settings.WAGTAILADMIN_BASE_URL,
}))
"""


def settings_with(**env: str) -> dict:
    """Load the production settings in a fresh interpreter with `env` and return what PROBE reports."""
    base = {key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "REDIS_URL", "SITE_URL"))}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={
            **base,
            "DJANGO_SETTINGS_MODULE": "clarinet_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(60),
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_without_object_storage_media_and_documents_stay_in_local_folders():
    probe = settings_with()
    assert probe["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert probe["document_storage"] == "PrivateFileSystemStorage"
    assert probe["document_url"] == "refused"
    assert probe["session_engine"] == "django.contrib.sessions.backends.db"
    assert probe["admin_base_url"] == "http://127.0.0.1:8000"


def test_object_storage_public_media_and_private_documents():
    probe = settings_with(
        AWS_STORAGE_BUCKET_NAME="clarinet-media",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        AWS_S3_CUSTOM_DOMAIN="clarinet.example.org",
        AWS_ACCESS_KEY_ID="key",
        AWS_SECRET_ACCESS_KEY="secret",
    )
    assert probe["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert probe["default"]["OPTIONS"]["location"] == "media"
    assert probe["default"]["OPTIONS"]["querystring_auth"] is False
    # images are public, unsigned, on the site's own host (nginx passes /media/ to the bucket)
    assert probe["image_url"] == "https://clarinet.example.org/media/images/a.jpg"
    assert probe["document_storage"] == "PrivateS3Storage"
    assert probe["documents"]["OPTIONS"]["bucket_name"] == "clarinet-media"
    assert probe["documents"]["OPTIONS"]["location"] == "private"
    assert probe["document_url"] == "refused"  # no URL, signed or not: only Wagtail's serve view sends them


def test_documents_in_a_bucket_of_their_own():
    probe = settings_with(AWS_STORAGE_BUCKET_NAME="public", AWS_PRIVATE_STORAGE_BUCKET_NAME="private-docs")
    assert probe["documents"]["OPTIONS"]["bucket_name"] == "private-docs"


def test_redis_keeps_sessions_and_site_url_is_the_admin_address():
    probe = settings_with(REDIS_URL="redis://127.0.0.1:6379/5", SITE_URL="https://clarinet.example.org/")
    assert probe["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert probe["admin_base_url"] == "https://clarinet.example.org"


def test_documents_under_the_media_prefix_are_refused_by_the_checks():
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("AWS_")},
        "DJANGO_SETTINGS_MODULE": "clarinet_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "AWS_STORAGE_BUCKET_NAME": "clarinet",
        "AWS_PRIVATE_PREFIX": "media/private",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "clarinet_site.E102" in result.stderr


def test_the_test_database_is_unique_to_this_run(db):
    """Two test runs on one PostgreSQL server never share (or drop) each other's test database."""
    from django.db import connection

    from tests.databases import RUN_TOKEN, test_database_name

    assert connection.settings_dict["NAME"] == test_database_name()
    assert connection.settings_dict["NAME"].endswith(f"_{RUN_TOKEN}")

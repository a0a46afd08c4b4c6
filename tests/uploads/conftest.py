"""Fixtures of the upload tests: fresh media folders, media served by the app, users of each kind."""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import clear_url_caches


@pytest.fixture
def media_root(tmp_path, settings):
    """Public media and private documents each in a fresh temporary folder (side by side, as in production)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return tmp_path


@pytest.fixture
def serve_media(settings, media_root):
    """The URL configuration with SERVE_MEDIA on, as the README documents for a single small server."""
    import clarinet_site.urls

    settings.SERVE_MEDIA = True
    importlib.reload(clarinet_site.urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(clarinet_site.urls)
    clear_url_caches()


@pytest.fixture
def partner_editor(django_user_model):
    """A partner editor: may use the admin and add documents, nothing more."""
    group = Group.objects.create(name="Editors (hu)")
    group.permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))
    user = django_user_model.objects.create_user("editor-hu", "editor@example.org", "a-long-passphrase")
    user.groups.add(group)
    return user


@pytest.fixture
def coordinator(django_user_model):
    """A member of the Coordinator group (created by migration 0003)."""
    user = django_user_model.objects.create_user("coordinator-user", "coord@example.org", "a-long-passphrase")
    user.groups.add(Group.objects.get(name="Coordinator"))
    return user


@pytest.fixture
def visitor_account(django_user_model):
    """A logged-in account with no admin access and no permission at all (e.g. a leftover test account)."""
    return django_user_model.objects.create_user("someone", "someone@example.org", "a-long-passphrase")

"""Fixtures shared by every test: a site with a home page, and caches emptied between tests."""

import io

import pytest
from django.core.cache import cache, caches
from django.db import transaction
from django.utils import translation

from tests.databases import test_database_name
from tests.factories import make_site_home


@pytest.fixture(scope="session")
def django_db_modify_db_settings() -> None:
    """pytest-django hook: name the test database after this run (`test_<name>_<token>`, tests/databases.py).

    Two runs on one PostgreSQL server then never share, or drop, each other's test database; pytest-django
    drops it at the end of the run.
    """
    from django.conf import settings

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = test_database_name()


@pytest.fixture(autouse=True)
def _clean_state():
    """Start every test in English with empty caches (per-language site root paths are cached, and the
    page frame's fragments: a rolled-back test can leave the content generation where the next one starts).

    The test client leaves the last request's language active in the thread; pages built in a test must
    get their English columns, as in the admin's default language.
    """
    for store in (cache, caches["local"]):
        store.clear()
    translation.activate("en")
    yield
    translation.activate("en")
    for store in (cache, caches["local"]):
        store.clear()


@pytest.fixture
def editor_client(client, django_user_model):
    """The test client logged in as a superuser (the coordinator's powers in the admin)."""
    user = django_user_model.objects.create_superuser(
        "coordinator", "coordinator@example.org", "a-long-passphrase"
    )
    client.force_login(user)
    return client


@pytest.fixture
def home(db):
    """A HomePage at the root of the default site, with no children."""
    return make_site_home()


@pytest.fixture(scope="module")
def _demo_content(django_db_setup, django_db_blocker):
    """Load the whole demo content once per test module, inside a transaction rolled back at its end.

    Each test's own transaction nests inside it (a savepoint), so tests stay isolated while the slow
    page publishing runs once per module instead of once per test.
    """
    from django.core.management import call_command

    from clarinet_site.models import HomePage

    with django_db_blocker.unblock(), transaction.atomic():
        translation.activate("en")
        call_command("load_demo_content", stdout=io.StringIO())
        yield HomePage.objects.get().pk
        transaction.set_rollback(True)


@pytest.fixture
def demo_home(_demo_content, db):
    """The home page of the whole demo content (site pages, toolkit, campaigns, news, documents)."""
    from clarinet_site.models import HomePage

    return HomePage.objects.get(pk=_demo_content)

"""Fixtures shared by every test: a site with a home page, and caches emptied between tests."""

import pytest
from django.core.cache import cache
from django.utils import translation

from tests.factories import make_site_home


@pytest.fixture(autouse=True)
def _clean_state():
    """Start every test in English with an empty cache (per-language site root paths are cached).

    The test client leaves the last request's language active in the thread; pages built in a test must
    get their English columns, as in the admin's default language.
    """
    cache.clear()
    translation.activate("en")
    yield
    translation.activate("en")
    cache.clear()


@pytest.fixture
def home(db):
    """A HomePage at the root of the default site, with no children."""
    return make_site_home()

"""Helpers shared by the tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings


def count_queries(client, url: str, **extra) -> tuple[int, object]:
    """GET `url` with the Django test `client` and return (number of database queries, response).

    The page cache is off while counting: the queries of rendering the page are counted (a cached page makes
    at most one: tests/test_page_cache.py)."""
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as context:
        response = client.get(url, **extra)
    return len(context.captured_queries), response

"""Helpers shared by the tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str, **extra) -> tuple[int, object]:
    """GET `url` with the Django test `client` and return (number of database queries, response)."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, **extra)
    return len(context.captured_queries), response

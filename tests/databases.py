"""Names of the PostgreSQL databases a test run creates, unique per run, and their clean-up.

Two test runs on one PostgreSQL server (two developers, CI beside a developer) must not drop each other's
databases: pytest-django's test database and every database a server-side test builds carry this run's
token (`test_clarinet_<token>`, `test_clarinet_<token>_browser` ...), and each is dropped at the end of the
run, also when tests fail.
"""

import os
import secrets
from contextlib import contextmanager
from urllib.parse import urlparse, urlunparse

import dj_database_url
import psycopg2

#: Unique per test process; `CLARINET_TEST_RUN` fixes it (e.g. to find a run's databases while debugging).
RUN_TOKEN = os.environ.get("CLARINET_TEST_RUN") or secrets.token_hex(4)


def base_database_name() -> str:
    """Return the database name of `DATABASE_URL` (default `clarinet`): the stem of every test database."""
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clarinet")
    return urlparse(base).path.lstrip("/") or "clarinet"


def test_database_name() -> str:
    """Return the name of this run's pytest-django database, `test_<name>_<token>`."""
    return f"test_{base_database_name()}_{RUN_TOKEN}"


def run_database_url(purpose: str) -> str:
    """Return `DATABASE_URL` pointing at this run's own database for `purpose` (e.g. "browser")."""
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clarinet")
    return urlunparse(urlparse(base)._replace(path=f"/{test_database_name()}_{purpose}"))


def recreate_database(url: str, create: bool = True) -> None:
    """Drop the database named in `url` if it exists, then create it empty unless `create` is False."""
    config = dj_database_url.parse(url)
    connection = psycopg2.connect(
        dbname="postgres",
        user=config["USER"] or "postgres",
        password=config["PASSWORD"] or None,
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}" WITH (FORCE)')
            if create:
                cursor.execute(f"CREATE DATABASE \"{config['NAME']}\" ENCODING 'UTF8' TEMPLATE template0")
    finally:
        connection.close()


@contextmanager
def throwaway_database(url: str):
    """Create the database named in `url` empty, yield, then drop it whatever happened inside."""
    recreate_database(url)
    try:
        yield url
    finally:
        recreate_database(url, create=False)

"""Each process learns the content generation from PostgreSQL's LISTEN/NOTIFY instead of asking per request.

A cached page must cost about what a hello world costs; one database round trip per request (two with
Django's connection health check) is most of that. Instead every process keeps one extra connection that
LISTENs on `CHANNEL`; `bump_content_generation` sends NOTIFY inside the change's transaction, which PostgreSQL
delivers only when that transaction commits, and the listening thread then reads the new value. Requests
read the value from memory.

Freshness: a request arriving within the delivery time of a notification (well under a millisecond on one
machine) may still see the old generation, as a request that read the generation just before the commit
would anyway. While the listener is not connected (start-up, database restart) `current()` returns None and
callers read the database, so nothing older is ever served for lack of a notification.
Setting: PAGE_CACHE_LISTEN (default on; PostgreSQL only).
"""

import logging
import os
import select
import threading
import time

from django.db import connections

logger = logging.getLogger(__name__)

CHANNEL = "clarinet_content_generation"
KEEPALIVE_SECONDS = 30
RETRY_SECONDS = 1


class GenerationListener:
    """Holds the last content generation announced by PostgreSQL, for this process (restarted after fork)."""

    def __init__(self):
        self.value: int | None = None
        self.pid: int | None = None
        self.lock = threading.Lock()
        self.backend_pid: int | None = None

    def current(self) -> int | None:
        """Return the generation known from notifications, or None while not listening (read the database)."""
        if self.pid != os.getpid():
            self._start()
            return None
        return self.value

    def _start(self) -> None:
        with self.lock:
            if self.pid == os.getpid():
                return
            self.pid = os.getpid()
            self.value = None
            threading.Thread(target=self._run, name="content-generation-listener", daemon=True).start()

    def stop(self) -> None:
        """Stop listening in this process and close the listening connection (the test database can then be
        dropped); the next `current()` starts again."""
        with self.lock:
            backend_pid, self.pid, self.value = self.backend_pid, None, None
        if backend_pid is not None:
            with connections["default"].cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [backend_pid])

    def _run(self) -> None:
        import psycopg2

        from clarinet_site.models import ContentGeneration

        query = f"SELECT value FROM {ContentGeneration._meta.db_table} WHERE id = 1"  # noqa: S608
        params = connections["default"].get_connection_params()
        owner = self.pid
        while self.pid == owner:
            connection = None
            try:
                connection = psycopg2.connect(**params)
                connection.autocommit = True
                self.backend_pid = connection.get_backend_pid()
                cursor = connection.cursor()
                cursor.execute(f"LISTEN {CHANNEL}")
                self.value = self._read(cursor, query)
                while True:
                    if select.select([connection], [], [], KEEPALIVE_SECONDS) == ([], [], []):
                        cursor.execute("SELECT 1")  # notices a dropped connection
                        continue
                    connection.poll()
                    if connection.notifies:
                        connection.notifies.clear()
                        self.value = self._read(cursor, query)
            except Exception as error:  # noqa: BLE001 - any failure: fall back to reading per request
                if self.pid != owner:
                    return  # stopped
                self.value = None
                logger.warning("Content generation listener stopped (%s); retrying", error)
                time.sleep(RETRY_SECONDS)
            finally:
                if connection is not None:
                    connection.close()

    @staticmethod
    def _read(cursor, query: str) -> int:
        cursor.execute(query)
        row = cursor.fetchone()
        return row[0] if row else 0


listener = GenerationListener()

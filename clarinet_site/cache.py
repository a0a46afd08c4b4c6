"""A django-redis client that stops asking a failing Redis for a while (a circuit breaker).

The cache is an optimisation. With django-redis' IGNORE_EXCEPTIONS alone, every cache call on a page still
waits for its own timeout and logs a traceback: a page making thirty cache calls (image renditions, the site's
root paths) while Redis hangs waits thirty timeouts. With this client the first failed call opens the
breaker: for REDIS_RETRY_SECONDS every call fails at once (django-redis turns that into a cache miss), one
warning is logged, then Redis is tried again.
"""

import functools
import logging
import time

from django.conf import settings
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)

# DefaultClient methods that talk to Redis (those django-redis' RedisCache guards with IGNORE_EXCEPTIONS).
GUARDED_METHODS = (
    "get", "set", "add", "delete", "delete_pattern", "delete_many", "clear", "get_many", "set_many",
    "incr", "decr", "has_key", "keys", "iter_keys", "ttl", "pttl", "persist", "expire", "expire_at",
    "pexpire", "pexpire_at", "lock", "touch",
)  # fmt: skip


class CircuitBreakerClient(DefaultClient):
    """DefaultClient whose calls fail at once for REDIS_RETRY_SECONDS (default 10) after a failed call.

    Raises `ConnectionInterrupted` like DefaultClient; with IGNORE_EXCEPTIONS the cache backend turns it
    into the call's default value (a miss). State is per process, so each app server finds out on its own.
    """

    open_until = 0.0

    def get_next_client_index(self, write: bool = True, tried: list[int] | None = None) -> int:
        """Return the server to use, or raise ConnectionInterrupted at once while the breaker is open.

        Every DefaultClient call comes here first; `tried` is not empty when the call already failed once
        (DefaultClient then tries again), which opens the breaker without a second timeout.
        """
        if tried:
            self.trip("a call failed")
        if time.monotonic() < self.open_until:
            raise ConnectionInterrupted(connection=None)
        return super().get_next_client_index(write=write, tried=tried)

    def trip(self, reason: str) -> None:
        """Open the breaker after a failed call (logged once per opening)."""
        if time.monotonic() >= self.open_until:
            seconds = getattr(settings, "REDIS_RETRY_SECONDS", 10)
            self.open_until = time.monotonic() + seconds
            logger.warning("Redis cache unavailable (%s); pages skip it for %s s", reason, seconds)


def _guarded(method):
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except ConnectionInterrupted as error:
            if error.__cause__ is not None:
                self.trip(str(error))
            raise

    return call


for _name in GUARDED_METHODS:
    setattr(CircuitBreakerClient, _name, _guarded(getattr(DefaultClient, _name)))

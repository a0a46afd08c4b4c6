"""Retention of contact messages: they are kept CONTACT_RETENTION_DAYS days (default 365), then deleted.

The privacy notice states the same period (GDPR Art. 5(1)(e), storage limitation).
"""

import datetime

from django.conf import settings
from django.utils import timezone

from .models import ContactSubmission


def retention_cutoff(days: int | None = None) -> datetime.datetime:
    """Return the moment before which messages are too old: now minus `days` (CONTACT_RETENTION_DAYS)."""
    return timezone.now() - datetime.timedelta(days=settings.CONTACT_RETENTION_DAYS if days is None else days)


def purge_old_messages(days: int | None = None, dry_run: bool = False) -> int:
    """Delete contact messages submitted before `retention_cutoff(days)`; return how many (would) go.

    Undelivered messages are deleted too: after the retention period nothing is kept, delivered or not.
    """
    old = ContactSubmission.objects.filter(submit_time__lt=retention_cutoff(days))
    if dry_run:
        return old.count()
    deleted, _by_model = old.delete()
    return deleted

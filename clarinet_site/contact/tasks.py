"""Delivery of stored contact messages as a background task (django-tasks), with retries.

The visitor's request only stores the message and queues `deliver_message`; the task worker
(`manage.py db_worker`, database backend) sends it, so a slow or hanging mail server never holds a web worker.
A failed send is retried CONTACT_DELIVERY_RETRIES times, waiting longer each time (1, 4, 16 ... minutes);
after that the message waits for `manage.py deliver_pending_messages` (cron), the safety net.

Every send locks the message's row (`select_for_update(skip_locked=True)`) and checks it is still pending, so
the task, its retries and the cron command never send one message twice.
"""

import datetime
import logging
import smtplib

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone
from django_tasks import task

from .delivery import build_message, safe_reply_to

logger = logging.getLogger(__name__)

MAX_ERROR_LENGTH = 1000
FIRST_RETRY_DELAY = datetime.timedelta(minutes=1)
# Ahead of Wagtail's own background work (search index, reference index): a visitor's message goes first.
PRIORITY = 50


def submissions():
    """Return the manager of the stored contact messages (looked up by name: `models` imports this module)."""
    return apps.get_model("clarinet_site", "ContactSubmission").objects


def deliver(submission_id: int) -> bool:
    """Send the pending submission `submission_id` once; return True if the SMTP server accepted it.

    An already delivered, deleted or locked row returns False without sending. SMTP and network errors are
    recorded in `attempts`/`last_error` and logged, never raised.
    """
    with transaction.atomic():
        submission = (
            submissions()
            .select_for_update(skip_locked=True)
            .filter(pk=submission_id, delivered_at__isnull=True)
            .select_related("page")
            .first()
        )
        if submission is None:
            return False
        submission.attempts += 1
        try:
            message = build_message(submission)
            if not safe_reply_to(message.to[0]):
                raise ValueError("the coordinator e-mail in the site settings is missing or invalid")
            message.send(fail_silently=False)
        except (smtplib.SMTPException, OSError, ValueError) as error:
            submission.last_error = f"{timezone.localtime():%Y-%m-%d %H:%M} {type(error).__name__}: {error}"[
                :MAX_ERROR_LENGTH
            ]
            submission.save(update_fields=["attempts", "last_error"])
            logger.warning("Contact message %s not delivered: %s", submission.pk, submission.last_error)
            return False
        submission.delivered_at = timezone.now()
        submission.last_error = ""
        submission.save(update_fields=["attempts", "last_error", "delivered_at"])
        return True


@task(priority=PRIORITY)
def deliver_message(submission_id: int, retry: int = 0) -> bool:
    """Task: send contact message `submission_id`; on failure queue retry number `retry + 1` for later.

    Returns True when this run delivered the message. Retries need a backend that can defer tasks (the
    database backend can); with another backend the message waits for `deliver_pending_messages`.
    """
    if deliver(submission_id):
        return True
    still_pending = submissions().filter(pk=submission_id, delivered_at__isnull=True).exists()
    can_retry = retry < settings.CONTACT_DELIVERY_RETRIES and deliver_message.get_backend().supports_defer
    if still_pending and can_retry:
        delay = FIRST_RETRY_DELAY * 4**retry
        deliver_message.using(run_after=timezone.now() + delay).enqueue(submission_id, retry + 1)
    return False


def enqueue_delivery(submission_id: int) -> None:
    """Queue the delivery of the stored submission `submission_id`; never raises.

    If the queue itself cannot be written (database trouble), the error is logged and the message stays
    pending for `deliver_pending_messages`: a visitor whose message is stored always gets the thank-you page.
    """
    try:
        deliver_message.enqueue(submission_id)
    except DatabaseError:
        logger.exception("Contact message %s not queued; the cron command will send it", submission_id)


def deliver_pending() -> tuple[int, int]:
    """Try every undelivered submission now, oldest first; return (delivered, still pending) counts."""
    pending = submissions().filter(delivered_at__isnull=True).order_by("submit_time")
    pending = list(pending.values_list("pk", flat=True))
    delivered = sum(1 for pk in pending if deliver(pk))
    return delivered, submissions().filter(delivered_at__isnull=True).count()

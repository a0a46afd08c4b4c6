"""Contact delivery as a background task: the visitor never waits for the mail server, nothing is sent twice.

These tests use the production task backend (django-tasks' database backend) and run the real worker
command in the test's database transaction.
"""

import time

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from clarinet_site.models import ContactSubmission
from tests.contact.conftest import url_in, valid_data
from tests.services import SilentServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def task_queue(settings, monkeypatch):
    """Contact e-mails go through the database queue, as in production.

    The worker closes stale connections between tasks; inside the test's transaction that would abort it,
    so that step is left out here, as Django's test runner leaves it out of requests.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def run_worker() -> None:
    """Run the task worker until no task is due (`db_worker --batch`)."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0", verbosity=0)


def point_smtp_at(settings, port: int, timeout: int = 10) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = timeout


def test_hanging_mail_server_never_keeps_the_visitor_waiting_and_the_worker_delivers_once(
    client, contact_page, task_queue, settings, smtp_server
):
    with SilentServer() as hanging:
        point_smtp_at(settings, hanging.port)  # the production default timeout: 10 s
        client.get(url_in(contact_page, "hu"))  # templates and catalogues loaded, as in a running server
        started = time.monotonic()
        response = client.post(url_in(contact_page, "hu"), valid_data())
        waited = time.monotonic() - started

        assert response.status_code == 200 and "Köszönjük!" in response.content.decode()
        assert waited < 1, f"the visitor waited {waited:.1f} s"
        submission = ContactSubmission.objects.get()
        assert submission.delivered_at is None
        assert DBTaskResult.objects.filter(task_path="clarinet_site.contact.tasks.deliver_message").count() == 1

        # The worker meets the hanging server, gives up after the SMTP timeout and plans a retry.
        point_smtp_at(settings, hanging.port, timeout=1)
        run_worker()

    submission.refresh_from_db()
    assert submission.delivered_at is None and submission.attempts == 1
    assert "timed out" in submission.last_error
    retry = DBTaskResult.objects.get(args_kwargs__args=[submission.pk, 1])
    assert retry.run_after > timezone.now() + timezone.timedelta(seconds=30)

    # The mail server works again; the retry is due.
    point_smtp_at(settings, smtp_server.port)
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()

    submission.refresh_from_db()
    assert submission.delivered_at is not None
    [message] = smtp_server.messages
    assert "Kovács Anna" in message.get_content()
    # Neither the worker nor the cron safety net sends it again.
    run_worker()
    call_command("deliver_pending_messages")
    assert len(smtp_server.messages) == 1


def test_the_worker_delivers_a_new_message_exactly_once(client, contact_page, task_queue, smtp_server):
    client.post(url_in(contact_page, "el"), valid_data(name="Ελένη Παπαδοπούλου"))
    assert smtp_server.messages == [], "nothing is sent inside the visitor's request"

    run_worker()
    run_worker()

    [message] = smtp_server.messages
    assert "Ελένη Παπαδοπούλου" in message.get_content()
    submission = ContactSubmission.objects.get()
    assert submission.delivered_at is not None and submission.attempts == 1
    assert not DBTaskResult.objects.filter(args_kwargs__args__1=1).exists(), "no retry after a success"


def test_retries_stop_after_contact_delivery_retries(client, contact_page, task_queue, settings, smtp_server):
    settings.CONTACT_DELIVERY_RETRIES = 2
    smtp_server.stop()
    client.post(url_in(contact_page, "en"), valid_data())

    for _attempt in range(4):
        run_worker()
        DBTaskResult.objects.update(run_after=timezone.now())

    submission = ContactSubmission.objects.get()
    assert submission.attempts == 3, "the first try and two retries"
    assert submission.delivered_at is None, "left for deliver_pending_messages"

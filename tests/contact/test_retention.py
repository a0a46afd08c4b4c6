"""Retention: messages older than CONTACT_RETENTION_DAYS (default 365) are deleted by `purge_old_messages`."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from clarinet_site.loading import retention_months
from clarinet_site.models import ContactSubmission
from tests.demo_data import contact_form_fields, page_texts

pytestmark = pytest.mark.django_db


def submission(page, days_old: float, delivered: bool = True) -> ContactSubmission:
    item = ContactSubmission.objects.create(page=page, form_data={"name": "x"}, language="en")
    sent = timezone.now() - datetime.timedelta(days=days_old)
    ContactSubmission.objects.filter(pk=item.pk).update(
        submit_time=sent, delivered_at=sent if delivered else None
    )
    return item


def test_default_retention_is_twelve_months(settings):
    assert settings.CONTACT_RETENTION_DAYS == 365


def test_purge_deletes_only_messages_older_than_the_retention_period(contact_page):
    keep = submission(contact_page, 364)
    submission(contact_page, 366)
    submission(contact_page, 400, delivered=False)

    out = StringIO()
    call_command("purge_old_messages", "--dry-run", stdout=out)
    assert "Would delete 2" in out.getvalue()
    assert ContactSubmission.objects.count() == 3

    call_command("purge_old_messages", stdout=out)

    assert list(ContactSubmission.objects.values_list("pk", flat=True)) == [keep.pk]
    assert "Deleted 2" in out.getvalue()


@override_settings(CONTACT_RETENTION_DAYS=30)
def test_retention_follows_the_setting_and_the_notice_says_the_same(contact_page):
    submission(contact_page, 31)
    submission(contact_page, 29)

    call_command("purge_old_messages", stdout=StringIO())

    assert ContactSubmission.objects.count() == 1
    assert retention_months() == 1
    assert "kept for 1 month" in contact_form_fields()[-1]["label_en"]


def test_privacy_notice_explains_what_is_kept_why_and_for_how_long():
    text = " ".join(str(block[1]) for block in page_texts("privacy")["body"]["en"])
    facts = [
        "name",
        "e-mail address",
        "organisation",
        "topic",
        "message",
        "kept for 12 months",
        "csrftoken",
        "to read and answer",
        "deleted automatically",
        "not stored with your message",
    ]
    for fact in facts:
        assert fact in text, fact


@pytest.mark.parametrize("code, period", [("hu", "12 hónapig"), ("el", "12 μήνες")])
def test_privacy_notice_states_the_period_in_hungarian_and_greek(code, period):
    text = " ".join(str(block[1]) for block in page_texts("privacy")["body"][code])
    assert period in text and "csrftoken" in text

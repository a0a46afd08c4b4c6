"""Store-then-send delivery: a real SMTP server on loopback receives the coordinator's e-mail."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Site

from clarinet_site.models import ContactFormField, ContactSubmission, SiteSettings
from tests.contact.conftest import COORDINATOR, add_field, url_in, valid_data

pytestmark = pytest.mark.django_db


def test_message_arrives_at_the_coordinator_with_every_field_readable(client, contact_page, smtp_server):
    response = client.post(url_in(contact_page, "hu"), valid_data(organisation="Cromo Alapítvány"))

    assert response.status_code == 200
    assert "Köszönjük!" in response.content.decode()
    submission = ContactSubmission.objects.get()
    assert submission.delivered_at is not None and submission.attempts == 1
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == [COORDINATOR]
    [message] = smtp_server.messages
    assert message["To"] == COORDINATOR
    assert message["Reply-To"] == "visitor@example.org"
    assert message["Subject"] == "[CLARINET] Contact form: Press and media (Magyar (hu))"
    body = message.get_content()
    for line in [
        "Your name: Kovács Anna",
        "Your e-mail address: visitor@example.org",
        "Organisation: Cromo Alapítvány",
        "Topic: Press and media",
        "  Szeretnék többet tudni a projektről.",
        "I have read the privacy notice: my message is kept for 12 months so that the coordinator can answer "
        "it, then deleted.: Yes",
        "Language: Magyar (hu)",
    ]:
        assert line in body


def test_mail_server_down_loses_nothing_and_the_command_delivers_later(client, contact_page, smtp_server):
    smtp_server.stop()

    response = client.post(url_in(contact_page, "el"), valid_data(name="Ελένη Παπαδοπούλου"))

    assert response.status_code == 200, "the visitor still gets the thank-you page"
    submission = ContactSubmission.objects.get()
    assert submission.delivered_at is None
    assert submission.attempts == 1
    assert "ConnectionRefusedError" in submission.last_error
    with translation.override("en"):
        assert "Not yet delivered" in submission.get_data()["delivery"]
    with pytest.raises(CommandError, match="1 contact message"):
        call_command("deliver_pending_messages")
    assert ContactSubmission.objects.get().attempts == 2

    smtp_server.start()
    call_command("deliver_pending_messages")

    submission.refresh_from_db()
    assert submission.delivered_at is not None
    assert submission.last_error == ""
    [message] = smtp_server.messages
    assert "Your name: Ελένη Παπαδοπούλου" in message.get_content()
    assert "(Ελληνικά (el))" in message["Subject"]
    # Running the command again (cron) sends nothing twice.
    call_command("deliver_pending_messages")
    assert len(smtp_server.messages) == 1


def test_smtp_refusal_keeps_the_message_pending(client, contact_page, smtp_server):
    async def refuse(server, session, envelope):
        return "554 Transaction failed"

    smtp_server.inbox.handle_DATA = refuse

    response = client.post(url_in(contact_page, "en"), valid_data())

    assert response.status_code == 200
    submission = ContactSubmission.objects.get()
    assert submission.delivered_at is None
    assert "SMTPDataError" in submission.last_error


def test_same_form_from_three_languages_uses_the_same_keys_in_every_email(client, contact_page, smtp_server):
    for code, name in [("hu", "Kovács Anna"), ("el", "Ελένη"), ("en", "Anne Smith")]:
        response = client.post(url_in(contact_page, code), valid_data(name=name, topic="Something else"))
        assert response.status_code == 200

    keys = {frozenset(s.form_data) for s in ContactSubmission.objects.all()}
    assert keys == {frozenset({"name", "email", "organisation", "topic", "message", "privacy"})}
    assert sorted(ContactSubmission.objects.values_list("language", flat=True)) == ["el", "en", "hu"]
    bodies = [message.get_content() for message in smtp_server.messages]
    assert len(bodies) == 3
    for body, name in zip(bodies, ["Kovács Anna", "Ελένη", "Anne Smith"], strict=True):
        assert f"Your name: {name}" in body
        assert "Topic: Something else" in body
        assert "Organisation: Önkormányzat" in body
        assert "Szeretnék többet tudni a projektről." in body


def test_translated_choice_is_shown_in_the_visitor_language_and_stored_in_english(client, contact_page):
    html = client.get(url_in(contact_page, "hu")).content.decode()
    assert '<option value="Press and media">Sajtó és média</option>' in html

    client.post(url_in(contact_page, "hu"), valid_data(topic="Press and media"))
    rejected = client.post(url_in(contact_page, "hu"), valid_data(topic="Sajtó és média"))

    assert ContactSubmission.objects.get().form_data["topic"] == "Press and media"
    assert rejected.status_code == 400


def test_date_from_german_page_is_written_in_european_order(client, contact_page, smtp_server):
    add_field(
        contact_page,
        10,
        clean_name="visit_date",
        field_type="date",
        required=False,
        label_en="Date of your visit",
        label_de="Datum Ihres Besuchs",
    )

    response = client.post(url_in(contact_page, "de"), valid_data(visit_date="03.04.2026"))

    assert response.status_code == 200
    assert ContactSubmission.objects.get().form_data["visit_date"] == "2026-04-03"
    body = smtp_server.messages[0].get_content()
    assert "Date of your visit: 3 April 2026" in body
    assert "04/03/2026" not in body and "4/3/2026" not in body


def test_recipient_comes_from_site_settings_and_no_visitor_address_is_ever_a_recipient(
    client, contact_page, smtp_server
):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.coordinator_email = "new-coordinator@example.org"
    site_settings.save()
    contact_page.to_address = "attacker@example.com"
    contact_page.save()

    client.post(url_in(contact_page, "en"), valid_data(email="victim@example.com"))

    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["new-coordinator@example.org"]
    message = smtp_server.messages[0]
    assert message["Cc"] is None and message["Bcc"] is None
    assert message["Auto-Submitted"] == "auto-generated"


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", "Mallory\r\nBcc: victim@example.com"),
        ("organisation", "Org\nTo: victim@example.com"),
        ("message", "Hello\r\n\r\nBcc: victim@example.com\r\n.\r\nMAIL FROM:<x@example.com>"),
    ],
)
def test_header_injection_through_text_fields_is_impossible(client, contact_page, smtp_server, field, value):
    response = client.post(url_in(contact_page, "en"), valid_data(**{field: value}))

    assert response.status_code == 200
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == [COORDINATOR]
    message = smtp_server.messages[0]
    assert message["Bcc"] is None and message["To"] == COORDINATOR
    assert "\n" not in message["Subject"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("email", "visitor@example.org\r\nBcc: victim@example.com"),
        ("email", "visitor@example.org, victim@example.com"),
        ("topic", "Press and media\r\nBcc: victim@example.com"),
    ],
)
def test_header_injection_through_address_or_choice_is_refused(
    client, contact_page, smtp_server, field, value
):
    response = client.post(url_in(contact_page, "en"), valid_data(**{field: value}))

    assert response.status_code == 400
    assert not ContactSubmission.objects.exists()
    assert smtp_server.envelopes == []


def test_resent_form_is_stored_once(client, contact_page, smtp_server):
    data = valid_data()
    first = client.post(url_in(contact_page, "en"), data)
    second = client.post(url_in(contact_page, "en"), data)

    assert first.status_code == second.status_code == 200
    assert ContactSubmission.objects.count() == 1
    assert len(smtp_server.envelopes) == 1


def test_values_of_deleted_fields_still_reach_the_coordinator(client, contact_page, smtp_server):
    smtp_server.stop()
    client.post(url_in(contact_page, "en"), valid_data())
    ContactFormField.objects.filter(page=contact_page, clean_name="organisation").delete()
    smtp_server.start()

    call_command("deliver_pending_messages")

    assert "organisation: Önkormányzat" in smtp_server.messages[0].get_content()

"""The contact form in a real browser: messages in Hungarian and Greek reach the coordinator; axe finds nothing.

Runs against gunicorn with production settings and the demo content; the server's e-mails go to the
session's aiosmtpd server (`smtp_server` in tests/browser/conftest.py).
"""

import os
import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import _manage, axe_violations
from tests.demo_data import page_texts

CONTACT = page_texts("contact")

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
# Wait a little longer than CONTACT_MIN_FILL_SECONDS (3 by default) before sending, as a person would.
MIN_FILL_SECONDS = 3.2


def contact_url(server_url: str, code: str) -> str:
    slug = CONTACT["slugs"].get(code, CONTACT["slug"])
    return f"{server_url}/{code}/{slug}/"


def fill_and_send(tab, opened_at: float, name: str, email: str, topic_label: str, message: str) -> None:
    tab.locator("#id_name").fill(name)
    tab.locator("#id_email").fill(email)
    tab.locator("#id_organisation").fill("Cromo Foundation")
    tab.locator("#id_topic").select_option(label=topic_label)
    tab.locator("#id_message").fill(message)
    tab.locator("#id_privacy").check()
    time.sleep(max(0.0, MIN_FILL_SECONDS - (time.monotonic() - opened_at)))
    tab.locator("form.contact-form button[type=submit]").click()


def wait_for_mail(smtp_server, count: int, timeout: float = 10):
    deadline = time.monotonic() + timeout
    while len(smtp_server.messages) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return smtp_server.messages


@pytest.mark.parametrize(
    "code, name, topic_label, message, thanks, expected_topic",
    [
        (
            "hu",
            "Kovács Őrs",
            "Sajtó és média",
            "Szeretnék interjút kérni a kásádi szolidaritási napról.",
            "Megkaptuk az üzenetét",
            "Press and media",
        ),
        (
            "el",
            "Ελένη Παπαδοπούλου",
            "Τοπικές αρχές και εκπαίδευση",
            "Θα ήθελα πληροφορίες για την εκπαίδευση.",
            "Λάβαμε το μήνυμά σας",
            "Local authorities and training",
        ),
    ],
)
def test_visitor_sends_a_message_and_sees_the_thank_you_page(
    page, server_url, smtp_server, code, name, topic_label, message, thanks, expected_topic
):
    before = len(smtp_server.messages)
    page.goto(contact_url(server_url, code))
    opened_at = time.monotonic()
    assert page.locator("html").get_attribute("lang") == code

    fill_and_send(page, opened_at, name, f"visitor-{code}@example.org", topic_label, message)

    expect(page.get_by_text(thanks)).to_be_visible()
    assert page.locator("html").get_attribute("lang") == code
    assert axe_violations(page) == []
    messages = wait_for_mail(smtp_server, before + 1)
    assert len(messages) == before + 1
    mail = messages[-1]
    assert mail["To"] == "coordinator@example.org"
    assert mail["Reply-To"] == f"visitor-{code}@example.org"
    assert expected_topic in mail["Subject"] and f"({code})" in mail["Subject"]
    body = mail.get_content()
    for line in [
        f"Your name: {name}",
        f"Your e-mail address: visitor-{code}@example.org",
        "Organisation: Cromo Foundation",
        f"Topic: {expected_topic}",
        f"  {message}",
    ]:
        assert line in body


def test_hungarian_message_appears_in_the_admin(page, server_url, server_env, smtp_server):
    page.goto(contact_url(server_url, "hu"))
    opened_at = time.monotonic()
    fill_and_send(
        page, opened_at, "Admin Próba Ödön", "visitor-admin@example.org", "Egyéb", "Üzenet az adminnak."
    )
    expect(page.get_by_text("Megkaptuk az üzenetét")).to_be_visible()

    password = "browser-test-" + os.urandom(6).hex()
    _manage(
        {**server_env, "DJANGO_SUPERUSER_PASSWORD": password},
        "createsuperuser",
        "--noinput",
        "--username",
        "contact-admin",
        "--email",
        "admin@example.org",
    )
    page.goto(f"{server_url}/admin/login/")
    page.locator("#id_username").fill("contact-admin")
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").click()
    page.goto(f"{server_url}/admin/forms/")
    page.get_by_role("link", name="Contact").first.click()

    expect(page.get_by_text("Admin Próba Ödön")).to_be_visible()
    expect(page.get_by_text("Üzenet az adminnak.")).to_be_visible()


def test_errors_are_announced_in_a_summary_linked_to_the_fields(page, server_url):
    page.goto(contact_url(server_url, "de"))
    time.sleep(MIN_FILL_SECONDS)
    page.locator("form.contact-form button[type=submit]").click()

    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    summary.get_by_role("link").first.click()
    assert page.evaluate("location.hash") == "#id_name"
    assert axe_violations(page) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_contact_page_has_no_axe_violations(page, server_url, code):
    response = page.goto(contact_url(server_url, code))

    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == code
    assert axe_violations(page) == []

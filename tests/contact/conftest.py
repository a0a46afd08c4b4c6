"""Fixtures of the contact-form tests: a contact page with translated fields, a real SMTP server on loopback."""

import secrets
import time

import pytest
from django.core import signing
from django.utils import translation
from wagtail.models import Site

from clarinet_site.contact import spam
from clarinet_site.loading import translated
from clarinet_site.models import ContactFormField, ContactPage, SiteSettings, StandardPage
from tests.contact.smtp import SMTPServer, free_port
from tests.demo_data import contact_form_fields

COORDINATOR = "coordinator@example.org"
CONTACT_SLUGS = {"en": "contact", "hu": "kapcsolat", "el": "επικοινωνία", "de": "kontakt"}


@pytest.fixture
def smtp_server(settings):
    """A running SMTP server on loopback; Django's SMTP backend points at it for the test."""
    server = SMTPServer(free_port())
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


def add_field(page: ContactPage, order: int, **spec) -> ContactFormField:
    with translation.override("en"):
        field = ContactFormField(page=page, sort_order=order, **spec)
        field.save()
    return field


@pytest.fixture
def contact_page(home):
    """The demo contact page (6 translated fields) under `home`, plus a privacy page in the site settings."""
    with translation.override("en"):
        privacy = StandardPage(title="Privacy notice", slug="privacy", title_hu="Adatvédelmi tájékoztató")
        home.add_child(instance=privacy)
        page = ContactPage(
            title="Contact",
            slug="contact",
            **translated(
                "title",
                {
                    "hu": "Kapcsolat",
                    "el": "Επικοινωνία",
                    "de": "Kontakt",
                    "it": "Contatti",
                    "sl": "Kontakt",
                    "ro": "Contact",
                    "bg": "Контакт",
                },
            ),
            **translated("slug", {k: v for k, v in CONTACT_SLUGS.items() if k != "en"}),
            **translated("thank_you_text", {"en": "<p>Thanks, we got it.</p>", "hu": "<p>Köszönjük!</p>"}),
        )
        home.add_child(instance=page)
        for order, spec in enumerate(contact_form_fields()):
            add_field(page, order, **spec)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.privacy_page = privacy
    site_settings.coordinator_email = COORDINATOR
    site_settings.save()
    return page


def form_token(age: float = 30) -> str:
    """A correctly signed form token issued `age` seconds ago."""
    return signing.dumps(
        {"t": time.time() - age, "n": secrets.token_hex(8)}, salt=spam.TOKEN_SALT, compress=True
    )


def valid_data(**overrides) -> dict:
    """POST data of a valid message (English choice value), with a token old enough to pass the timing check."""
    data = {
        "name": "Kovács Anna",
        "email": "visitor@example.org",
        "organisation": "Önkormányzat",
        "topic": "Press and media",
        "message": "Szeretnék többet tudni a projektről.",
        "privacy": "on",
        spam.TOKEN_FIELD: form_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def url_in(page, code: str) -> str:
    return page.localized_url(code)

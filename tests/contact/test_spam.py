"""Spam and abuse: honeypot, minimum fill time, rate limit, maximum lengths, links. Rejections store nothing."""

import pytest
from django.test import RequestFactory, override_settings
from django.utils import translation
from django.utils.html import escape

from clarinet_site.contact import spam
from clarinet_site.models import ContactSubmission
from tests.contact.conftest import form_token, url_in, valid_data

pytestmark = pytest.mark.django_db


def translated_message(rejection, code: str) -> str:
    """The rejection's message in language `code`, HTML-escaped as the page shows it."""
    with translation.override(code):
        return escape(str(rejection.message))


def test_filled_honeypot_is_refused_politely_and_nothing_is_stored(client, contact_page, mailoutbox):
    response = client.post(
        url_in(contact_page, "de"), valid_data(**{spam.HONEYPOT_FIELD: "http://spam.example"})
    )

    assert response.status_code == 400
    assert translated_message(spam.REJECT_SPAM, "de") in response.content.decode()
    assert not ContactSubmission.objects.exists()
    assert mailoutbox == []


def test_form_sent_faster_than_a_person_can_is_refused(client, contact_page):
    response = client.post(url_in(contact_page, "en"), valid_data(**{spam.TOKEN_FIELD: form_token(age=0.5)}))

    assert response.status_code == 400
    assert "That was very quick" in response.content.decode()
    assert not ContactSubmission.objects.exists()
    # The visitor's text stays in the form, with a fresh token for the next try.
    assert "Szeretnék többet tudni a projektről." in response.content.decode()


@pytest.mark.parametrize("token", [None, "", "not-a-signed-token", form_token(age=4 * 24 * 3600)])
def test_missing_forged_or_stale_token_is_refused(client, contact_page, token):
    response = client.post(url_in(contact_page, "en"), valid_data(**{spam.TOKEN_FIELD: token}))

    assert response.status_code == 400
    assert not ContactSubmission.objects.exists()


@override_settings(CONTACT_RATE_LIMIT="3/h")
def test_rate_limit_per_client_address(client, contact_page):
    for _ in range(3):
        assert (
            client.post(url_in(contact_page, "en"), valid_data(), REMOTE_ADDR="203.0.113.5").status_code
            == 200
        )

    blocked = client.post(url_in(contact_page, "hu"), valid_data(), REMOTE_ADDR="203.0.113.5")
    other = client.post(url_in(contact_page, "en"), valid_data(), REMOTE_ADDR="203.0.113.6")

    assert blocked.status_code == 429
    assert translated_message(spam.REJECT_RATE_LIMIT, "hu") in blocked.content.decode()
    assert other.status_code == 200
    assert ContactSubmission.objects.count() == 4


@override_settings(CONTACT_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR")
def test_client_address_behind_a_proxy_and_ipv6_networks():
    factory = RequestFactory()
    proxied = factory.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9")
    garbage = factory.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="<script>")
    ipv6 = factory.post("/", REMOTE_ADDR="2001:db8:1:2:3:4:5:6")

    assert spam.client_address(proxied) == "203.0.113.9"
    assert spam.client_address(garbage) == "10.0.0.1"
    assert spam.client_address(ipv6) == "2001:db8:1:2::"


@pytest.mark.parametrize(
    "field, length, status",
    [("message", 5000, 200), ("message", 5001, 400), ("name", 255, 200), ("name", 256, 400)],
)
def test_maximum_lengths(client, contact_page, field, length, status):
    response = client.post(url_in(contact_page, "en"), valid_data(**{field: "a" * length}))

    assert response.status_code == status
    assert ContactSubmission.objects.count() == (1 if status == 200 else 0)


def test_more_than_two_links_are_refused_with_a_message_on_the_field(client, contact_page):
    two = "See https://example.org and www.example.net"
    three = two + " and http://example.com/x"

    assert client.post(url_in(contact_page, "en"), valid_data(message=two)).status_code == 200
    response = client.post(url_in(contact_page, "el"), valid_data(message=three))

    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_message_error"' in html
    assert ContactSubmission.objects.count() == 1


def test_null_characters_are_refused(client, contact_page):
    response = client.post(url_in(contact_page, "en"), valid_data(name="Anna\x00"))

    assert response.status_code == 400
    assert not ContactSubmission.objects.exists()


def test_refused_form_keeps_the_typed_text_without_broken_error_references(client, contact_page):
    from bs4 import BeautifulSoup

    response = client.post(url_in(contact_page, "en"), valid_data(**{spam.HONEYPOT_FIELD: "x"}, name=""))

    soup = BeautifulSoup(response.content, "html.parser")
    assert (
        soup.find("textarea", attrs={"name": "message"}).get_text().strip()
        == "Szeretnék többet tudni a projektről."
    )
    assert soup.find("input", attrs={"name": "privacy"}).has_attr("checked")
    for element in soup.find_all(attrs={"aria-describedby": True}):
        for target in element["aria-describedby"].split():
            assert soup.find(id=target) is not None, target
    assert soup.find(attrs={"aria-invalid": True}) is None

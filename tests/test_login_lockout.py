"""Logins resist guessing: repeated wrong passwords lock an account from one address (django-axes).

Both logins that take a password are covered: the Wagtail admin's and the private-page login under every
language prefix. The way back in stays open: the lock ends by itself, a password reset lifts it, and the
Coordinator lifts it in the admin.
"""

import re

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse

from clarinet_site.roles import partner_group_name

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model, home):
    return django_user_model.objects.create_user(
        "anna", "anna@example.org", PASSWORD, is_staff=False
    ), home


def admin_client(address="203.0.113.7", **extra) -> Client:
    return Client(REMOTE_ADDR=address, **extra)


def guess(client: Client, url: str, times: int, username="anna") -> list[int]:
    return [client.post(url, {"username": username, "password": f"wrong-{n}"}).status_code for n in range(times)]


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("url", [ADMIN_LOGIN, "/en/_util/login/", "/hu/_util/login/", "/el/_util/login/"])
def test_thirty_wrong_passwords_then_the_right_one_is_refused(editor, url, settings):
    client = admin_client()
    statuses = guess(client, url, 30)

    assert statuses[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert set(statuses[settings.AXES_FAILURE_LIMIT :]) == {429}
    right = client.post(url, {"username": "anna", "password": PASSWORD})
    assert right.status_code == 429
    assert not logged_in(client)


def test_the_lock_holds_for_that_account_from_that_address_only(editor, django_user_model):
    django_user_model.objects.create_user("bela", "bela@example.org", PASSWORD)
    guess(admin_client(), ADMIN_LOGIN, 10)

    other_address = admin_client("198.51.100.20")
    assert other_address.post(ADMIN_LOGIN, {"username": "anna", "password": PASSWORD}).status_code == 302
    other_account = admin_client()
    assert other_account.post(ADMIN_LOGIN, {"username": "bela", "password": PASSWORD}).status_code == 302


def test_behind_the_proxy_the_address_comes_from_the_contact_form_setting(editor, settings):
    settings.CONTACT_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    # Every request comes from the proxy (127.0.0.1); the client is the last forwarded address.
    attacker = admin_client("127.0.0.1", HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.9")
    guess(attacker, ADMIN_LOGIN, 6)
    assert attacker.post(ADMIN_LOGIN, {"username": "anna", "password": PASSWORD}).status_code == 429

    colleague = admin_client("127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert colleague.post(ADMIN_LOGIN, {"username": "anna", "password": PASSWORD}).status_code == 302
    assert AccessAttempt.objects.get(username="anna").ip_address == "203.0.113.9"


@pytest.mark.parametrize(
    ("code", "heading", "wait"),
    [
        ("hu", "Túl sok sikertelen bejelentkezés", "30 perc múlva"),
        ("el", "Πάρα πολλές αποτυχημένες συνδέσεις", "σε 30 λεπτά"),
        ("de", "Zu viele fehlgeschlagene Anmeldungen", "in 30 Minuten"),
    ],
)
def test_lockout_message_is_in_the_visitor_language_and_says_when_to_retry(editor, code, heading, wait):
    client = admin_client()
    guess(client, f"/{code}/_util/login/", 5)

    response = client.post(f"/{code}/_util/login/", {"username": "anna", "password": PASSWORD})

    assert response.status_code == 429
    assert response["Retry-After"] == "1800"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code
    assert soup.h1.get_text(strip=True) == heading
    text = soup.main.get_text(" ", strip=True)
    assert wait in text


def test_admin_lockout_message_follows_the_browser_language(editor):
    client = admin_client(HTTP_ACCEPT_LANGUAGE="it")
    guess(client, ADMIN_LOGIN, 6)

    soup = BeautifulSoup(client.post(ADMIN_LOGIN, {"username": "anna", "password": PASSWORD}).content, "html.parser")

    assert soup.h1.get_text(strip=True) == "Troppi accessi non riusciti"


def test_password_reset_works_while_locked_and_lifts_the_lock(editor):
    client = admin_client()
    guess(client, ADMIN_LOGIN, 6)

    response = client.post(reverse("wagtailadmin_password_reset"), {"email": "anna@example.org"})
    assert response.status_code == 302
    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+/)", message.body).group(1)
    set_password_url = client.get(link)["Location"]
    new_password = "a new and long passphrase"
    done = client.post(set_password_url, {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302

    assert not AccessAttempt.objects.filter(username="anna").exists()
    assert client.post(ADMIN_LOGIN, {"username": "anna", "password": new_password}).status_code == 302
    assert logged_in(client)


def test_coordinator_sees_the_locks_and_lifts_one(editor, django_user_model):
    guess(admin_client(), ADMIN_LOGIN, 6)
    coordinator = django_user_model.objects.create_user("coord", "coord@example.org", PASSWORD)
    coordinator.groups.add(Group.objects.get(name="Coordinator"))
    client = Client()
    client.force_login(coordinator)

    listing = client.get(reverse("login_lockouts:index"))
    assert listing.status_code == 200
    assert "203.0.113.7" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="anna")
    assert client.post(reverse("login_lockouts:delete", args=[attempt.pk])).status_code == 302

    assert not AccessAttempt.objects.exists()
    assert admin_client().post(ADMIN_LOGIN, {"username": "anna", "password": PASSWORD}).status_code == 302


def test_editors_without_the_permission_do_not_see_the_locks(editor, django_user_model):
    partner = django_user_model.objects.create_user("partner", "partner@example.org", PASSWORD)
    partner.groups.add(Group.objects.get(name=partner_group_name("hu")))
    client = Client()
    client.force_login(partner)

    response = client.get(reverse("login_lockouts:index"))

    assert response.status_code in {302, 403}

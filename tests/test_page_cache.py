"""The page cache for anonymous visitors is never stale and never keeps anything private (issue 13).

Every test asks the real site twice around a change, as visitors would, and checks what they are shown.
"""

import gzip

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from clarinet_site.models import ContactPage, SiteSettings
from clarinet_site.page_cache import content_generation
from tests.factories import StandardPageFactory, ThemeFactory
from tests.services import free_port

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def titles(text: str) -> dict:
    return {f"title_{code}": f"{text} {code}" for code in LANGUAGES}


def slugs(base: str) -> dict:
    return {f"slug_{code}": f"{base}-{code}" for code in LANGUAGES}


@pytest.fixture
def section(home):
    """A published page in the main menu, with a title and a slug of its own in every language.

    The site settings exist, as on a real site (the first page would create them: a content change).
    """
    SiteSettings.for_site(home.get_site())
    return StandardPageFactory(parent=home, show_in_menus=True, **titles("Award"), **slugs("award"))


def page_urls(page) -> dict[str, str]:
    return {code: page.localized_url(code) for code in LANGUAGES}


def publish(page, **fields):
    """Publish `page` with `fields` changed, as the admin does (a revision), and reload it."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()


def test_anonymous_page_is_served_from_the_cache_with_public_headers(client, section):
    url = page_urls(section)["hu"]
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 1  # the content generation
    assert second.content == first.content
    cache_control = {item.strip() for item in second["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=60", "s-maxage=600"}
    assert "Cookie" in second["Vary"]
    assert not second.cookies
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    head = client.head(url)
    assert head.status_code == 200
    assert head["X-Page-Cache"] == "hit"


def test_conditional_get_answers_304(client, section):
    url = page_urls(section)["en"]
    response = client.get(url)
    assert response["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    # Uncached the first time, too: a response just stored answers the condition.
    caches["default"].clear()
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_publishing_makes_the_page_its_parent_and_every_menu_fresh_in_every_language(client, home, section):
    urls = {**{f"page-{code}": url for code, url in page_urls(section).items()}, **{
        f"home-{code}": url for code, url in page_urls(home).items()
    }}
    for url in urls.values():
        assert "Award" in client.get(url).content.decode()
        assert client.get(url)["X-Page-Cache"] == "hit"
    publish(section, **titles("Prize"))
    for url in urls.values():
        html = client.get(url).content.decode()
        assert "Prize" in html, url
        assert "Award" not in html, url


@pytest.mark.parametrize("page_cache", [True, False])
def test_a_section_published_anew_shows_on_the_home_page_at_once_in_every_language(client, home, page_cache):
    """The home page's section cards are kept between requests (a fragment of the content generation)."""
    from tests.toolkit.factories import ToolkitPageFactory

    toolkit = ToolkitPageFactory(parent=home, **titles("Toolkit"), **slugs("toolkit"))
    with override_settings(PAGE_CACHE_ENABLED=page_cache):
        for url in page_urls(home).values():
            client.get(url)
            assert "Toolkit" in client.get(url).content.decode(), url
        publish(toolkit, **titles("Handbook"))
        for url in page_urls(home).values():
            html = client.get(url).content.decode()
            assert "Handbook" in html, url
            assert "Toolkit" not in html, url


def test_a_new_site_address_is_followed_at_once(client, home):
    """The Site serving a host is kept between requests: a Site added for that host is used at once."""
    from wagtail.models import Site

    other = StandardPageFactory(parent=home, **titles("Elsewhere"), **slugs("elsewhere"))
    with override_settings(PAGE_CACHE_ENABLED=False, ALLOWED_HOSTS=["*"]):
        assert "Elsewhere en</h1>" not in client.get("/en/", HTTP_HOST="other.example").content.decode()
        Site.objects.create(hostname="other.example", port=80, root_page=other)
        assert "Elsewhere en</h1>" in client.get("/en/", HTTP_HOST="other.example").content.decode()


def test_a_new_slug_is_served_at_once_and_the_old_address_no_longer_shows_the_page(client, section):
    old = page_urls(section)
    for url in old.values():
        client.get(url)
    publish(section, **slugs("prize"))
    new = page_urls(section)
    for code in LANGUAGES:
        assert new[code] != old[code]
        assert client.get(new[code]).status_code == 200
        assert client.get(old[code])["X-Page-Cache"] != "hit"


def test_unpublishing_makes_every_language_404_at_once(client, home, section):
    urls = page_urls(section)
    for url in urls.values():
        client.get(url)
    assert "Award hu" in client.get(page_urls(home)["hu"]).content.decode()
    section.unpublish()
    for url in urls.values():
        response = client.get(url)
        assert response.status_code == 404
        assert "no-cache" in response["Cache-Control"]
    assert "Award hu" not in client.get(page_urls(home)["hu"]).content.decode()


def test_a_draft_404_is_not_kept_after_publishing(client, home):
    draft = StandardPageFactory(parent=home, live=False, **titles("Draft"), **slugs("draft"))
    url = draft.localized_url("el")
    first = client.get(url)
    assert first.status_code == 404
    assert first["X-Page-Cache"] == "skip"
    publish(draft)
    assert client.get(url).status_code == 200


def test_moving_a_page_makes_old_and_new_parents_fresh(client, home, section):
    other = StandardPageFactory(parent=home, **titles("Other"), **slugs("other"))
    child = StandardPageFactory(parent=section, **titles("Moved"), **slugs("moved"))
    old_urls = page_urls(child)
    for url in [*old_urls.values(), *page_urls(other).values()]:
        client.get(url)
    child.move(other, pos="last-child")
    child.refresh_from_db()
    for code in LANGUAGES:
        assert client.get(old_urls[code]).status_code in (301, 404)
        assert client.get(child.localized_url(code)).status_code == 200


def test_site_settings_change_is_shown_on_every_page_in_every_language(client, home, section):
    urls = [*page_urls(home).values(), *page_urls(section).values()]
    for url in urls:
        client.get(url)
    site_settings = SiteSettings.for_site(home.get_site())
    for code in LANGUAGES:
        setattr(site_settings, f"disclaimer_{code}", f"New disclaimer {code}")
    site_settings.save()
    for url in urls:
        code = url.split("/")[1]
        assert f"New disclaimer {code}" in client.get(url).content.decode(), url


def test_saving_or_deleting_a_snippet_renews_every_cached_page(client, section):
    url = page_urls(section)["de"]
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    theme = ThemeFactory()
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    theme.delete()
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_two_processes_with_their_own_memory_never_serve_a_page_older_than_the_last_publish(section):
    """Two gunicorn workers, each with a local-memory cache: both see a publish at once."""
    url = page_urls(section)["ro"]
    workers = {}
    for name in ("worker-1", "worker-2"):
        workers[name] = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name},
            "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"{name}-fragments"},
        }

    def get(worker: str) -> tuple[str, str]:
        with override_settings(CACHES=workers[worker]):
            response = Client().get(url)
        return response["X-Page-Cache"], response.content.decode()

    for worker in workers:
        get(worker)
        assert get(worker)[0] == "hit"
    publish(section, **titles("Prize"))
    for worker in workers:
        status, html = get(worker)
        assert "Prize ro" in html
        assert status == "miss"


def test_logged_in_editors_are_never_served_or_stored(client, editor_client, section):
    url = page_urls(section)["it"]
    response = editor_client.get(url)
    assert response["X-Page-Cache"] == "skip"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # The editor's visit stored nothing: an anonymous visitor's first request renders the page.
    editor_client.logout()
    assert Client().get(url)["X-Page-Cache"] == "miss"


def test_contact_page_with_its_csrf_cookie_is_never_cached(home):
    contact = ContactPage(**titles("Contact"), **slugs("contact"))
    home.add_child(instance=contact)
    url = contact.localized_url("en")
    visitor = Client()
    first = visitor.get(url)
    assert first.status_code == 200
    assert "csrftoken" in first.cookies
    assert "no-store" in first["Cache-Control"]
    assert first["X-Page-Cache"] == "skip"
    second = visitor.get(url)  # now with the CSRF cookie
    assert second["X-Page-Cache"] == "skip"
    assert "no-store" in second["Cache-Control"]
    assert Client().get(url)["X-Page-Cache"] == "skip"


def test_preview_is_never_cached_and_leaks_nothing(editor_client, section):
    url = page_urls(section)["en"]
    Client().get(url)
    section.title_en = "Secret draft title"
    section.save_revision()
    preview = editor_client.get(f"/admin/pages/{section.pk}/view_draft/")
    assert "Secret draft title" in preview.content.decode()
    assert "no-store" in preview["Cache-Control"] or "private" in preview["Cache-Control"]
    for code in LANGUAGES:
        html = Client().get(page_urls(section)[code]).content.decode()
        assert "Secret draft title" not in html


def test_private_page_is_not_cached(client, section):
    from wagtail.models import PageViewRestriction

    url = page_urls(section)["en"]
    client.get(url)
    PageViewRestriction.objects.create(page=section, restriction_type="password", password="a-password-1")
    response = client.get(url)
    assert response.status_code == 200
    assert "Award en</h1>" not in response.content.decode()
    assert response["X-Page-Cache"] == "skip"


def test_pages_answer_200_when_redis_is_down(client, section):
    dead = f"redis://127.0.0.1:{free_port()}/0"
    redis_caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": dead,
            "OPTIONS": {
                "CLIENT_CLASS": "clarinet_site.cache.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        },
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=redis_caches, REDIS_RETRY_SECONDS=10):
        for code in LANGUAGES:
            response = client.get(page_urls(section)[code])
            assert response.status_code == 200
            assert response["X-Page-Cache"] == "miss"


def test_content_generation_grows_with_each_change_and_rolls_back_with_it(section):
    from django.db import transaction

    before = content_generation()
    publish(section, **titles("Prize"))
    after = content_generation()
    assert after > before
    try:
        with transaction.atomic():
            publish(section, **titles("Rolled back"))
            raise RuntimeError
    except RuntimeError:
        pass
    assert content_generation() == after


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_listening_process_sees_a_committed_publish_without_asking_per_request(settings):
    """PAGE_CACHE_LISTEN: the generation comes from PostgreSQL's NOTIFY, delivered when the publish commits."""
    import time

    from wagtail.models import Locale

    from clarinet_site.generation_listener import listener
    from tests.factories import make_site_home

    Locale.objects.get_or_create(language_code="en")  # a flushed database (transactional test) has none
    home = make_site_home(**titles("Home"))
    SiteSettings.for_site(home.get_site())
    page = StandardPageFactory(parent=home, **titles("Award"), **slugs("award"))
    settings.PAGE_CACHE_LISTEN = True
    try:
        deadline = time.monotonic() + 10
        while listener.current() != content_generation_from_database():
            assert time.monotonic() < deadline, "the listener did not start"
            time.sleep(0.05)
        url = page.localized_url("bg")
        client = Client()
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url)["X-Page-Cache"] == "hit"
        assert len(queries) == 0
        publish(page, **titles("Prize"))
        deadline = time.monotonic() + 1
        while listener.current() != content_generation_from_database():
            assert time.monotonic() < deadline, "no notification within a second"
            time.sleep(0.001)
        assert "Prize bg" in client.get(url).content.decode()
    finally:
        listener.stop()  # its connection would keep the test database from being dropped


def content_generation_from_database() -> int:
    from clarinet_site.models import ContentGeneration

    return ContentGeneration.objects.values_list("value", flat=True).first() or 0


class WSGIServer:
    """Calls the site's WSGI application (clarinet_site/wsgi.py) as gunicorn does, counting the requests that
    reached Django (its request_started signal)."""

    def __init__(self):
        from clarinet_site.wsgi import application

        self.application = application
        self.reached_django = 0

    def count(self, **kwargs) -> None:
        self.reached_django += 1

    def get(self, path: str, method: str = "GET", **headers) -> tuple[str, dict[str, str], bytes]:
        """Return the status line, the headers and the body of one request to `path`."""
        from urllib.parse import unquote, urlsplit
        from wsgiref.util import setup_testing_defaults

        parts = urlsplit(path)
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": unquote(parts.path).encode().decode("latin-1"),
            "QUERY_STRING": parts.query,
            "HTTP_HOST": "testserver",
            "HTTP_ACCEPT_ENCODING": "gzip, deflate, br",
            **headers,
        }
        setup_testing_defaults(environ)
        answer = {}

        def start_response(status, response_headers, exc_info=None):
            answer["status"], answer["headers"] = status, dict(response_headers)

        body = b"".join(self.application(environ, start_response))
        return answer["status"], answer["headers"], body


@pytest.fixture
def wsgi(settings, monkeypatch):
    """The WSGI application with the generation listener standing in (it reads the test's transaction), and
    without Django's per-request connection checks, which would close the test's transaction (as Django's test
    client does)."""
    from django.core import signals
    from django.db import close_old_connections

    from clarinet_site.generation_listener import listener

    settings.PAGE_CACHE_LISTEN = True
    monkeypatch.setattr(listener, "current", lambda: content_generation_from_database())
    server = WSGIServer()
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    signals.request_started.connect(server.count)
    yield server
    signals.request_started.disconnect(server.count)
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_a_cached_page_is_answered_before_django_builds_a_request(wsgi, section):
    url = page_urls(section)["hu"]
    status, headers, first = wsgi.get(url)
    assert (status, headers["X-Page-Cache"], wsgi.reached_django) == ("200 OK", "miss", 1)
    status, headers, second = wsgi.get(url)
    assert (status, headers["X-Page-Cache"], wsgi.reached_django) == ("200 OK", "hit", 1)
    assert second == first
    assert headers["Content-Encoding"] == "gzip"
    assert "public" in headers["Cache-Control"]
    assert headers["Content-Length"] == str(len(second))
    publish(section, **titles("Prize"))
    status, headers, third = wsgi.get(url)
    assert (headers["X-Page-Cache"], wsgi.reached_django) == ("miss", 2)
    assert b"Prize hu" in gzip.decompress(third)


@pytest.mark.parametrize(
    "method, headers, status",
    [
        ("GET", {"HTTP_COOKIE": "csrftoken=abc"}, "skip"),
        ("GET", {"HTTP_AUTHORIZATION": "Basic YTpi"}, "skip"),
        ("HEAD", {}, "hit"),
        ("GET", {"HTTP_ACCEPT_ENCODING": "identity"}, "miss"),
    ],
    ids=["cookie", "authorization", "head", "other encoding"],
)
def test_requests_with_private_state_or_another_form_are_left_to_django(wsgi, section, method, headers, status):
    url = page_urls(section)["bg"]
    wsgi.get(url)
    _, answer, _ = wsgi.get(url, method=method, **headers)
    assert answer["X-Page-Cache"] == status
    assert wsgi.reached_django == 2


def test_a_conditional_request_is_answered_304_by_django(wsgi, section):
    url = page_urls(section)["el"]
    _, headers, _ = wsgi.get(url)
    status, _, body = wsgi.get(url, HTTP_IF_NONE_MATCH=headers["ETag"])
    assert (status, body, wsgi.reached_django) == ("304 Not Modified", b"", 2)


def test_a_host_outside_allowed_hosts_never_meets_a_cached_page(wsgi, section, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    url = page_urls(section)["en"]
    wsgi.get(url)
    status, _, body = wsgi.get(url, HTTP_HOST="attacker.example.org")
    assert status.startswith("400")
    assert b"Award en" not in body
    assert wsgi.reached_django == 2


def test_without_a_listening_connection_every_request_goes_to_django(wsgi, section, monkeypatch):
    from clarinet_site.generation_listener import listener

    monkeypatch.setattr(listener, "current", lambda: None)
    url = page_urls(section)["ro"]
    wsgi.get(url)
    _, headers, _ = wsgi.get(url)
    assert (headers["X-Page-Cache"], wsgi.reached_django) == ("hit", 2)


def test_a_preview_shows_the_draft_body_and_visitors_keep_the_published_one(editor_client, section, settings):
    """Rendered parts kept between requests (`{% fragment_cache %}`) are neither read nor filled by a preview."""
    settings.PAGE_CACHE_ENABLED = False
    section.body = [("paragraph", "<p>Published words.</p>")]
    section.save_revision().publish()
    url = page_urls(section)["en"]
    assert "Published words." in Client().get(url).content.decode()
    section.body = [("paragraph", "<p>Draft words.</p>")]
    section.save_revision()
    preview = editor_client.get(f"/admin/pages/{section.pk}/view_draft/").content.decode()
    assert "Draft words." in preview
    assert "Published words." not in preview
    html = Client().get(url).content.decode()
    assert "Published words." in html
    assert "Draft words." not in html


def test_a_page_at_a_cyrillic_address_is_answered_before_django_too(wsgi, home):
    """The fast path finds the entry Django stored under the same decoded path (PATH_INFO arrives as latin-1)."""
    SiteSettings.for_site(home.get_site())
    page = StandardPageFactory(parent=home, **titles("Награда"), **{**slugs("award"), "slug_bg": "награда"})
    url = page.localized_url("bg")
    assert "%D0%BD%D0%B0" in url
    status, headers, first = wsgi.get(url)
    assert (status, headers["X-Page-Cache"]) == ("200 OK", "miss")
    status, headers, second = wsgi.get(url)
    assert (status, headers["X-Page-Cache"], wsgi.reached_django) == ("200 OK", "hit", 1)
    assert second == first

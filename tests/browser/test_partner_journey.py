"""The partner editors' journey through the real admin (issue "Partner editors work in their own language").

A Hungarian partner editor (Hungarian admin) uploads a photo with alt text and a PDF, writes a news item only
in Hungarian with both in its body and submits it for moderation; the English-UI coordinator finds it on the
dashboard, previews it in Hungarian and approves it, which publishes it; a Greek partner editor can neither
change its Hungarian text nor publish it, even with a crafted request; the translation report shows the
page's status per language. Served by gunicorn with production settings (tests/browser/conftest.py), where
no demo user exists: the users are made here with the site's roles (clarinet_site/roles.py).
"""

import io
import json
import os
import re
import time

import dj_database_url
import psycopg2
import pytest
from PIL import Image
from playwright.sync_api import expect

from clarinet_site.demo.pdf import make_pdf
from tests.browser.conftest import manage_shell

pytestmark = pytest.mark.browser

TITLE = "Piaci nap Pécsen"
INTRO = "A pécsi önkormányzat piaci napot tartott a helyi termelőkkel."
PARAGRAPH = "Helyi termelők és migráns családok árultak együtt a főtéren."
ALT_TEXT = "Standok a pécsi piactéren, napsütésben"
DOCUMENT = "Beszámoló a pécsi piaci napról"
# The first view of a page makes its image renditions (AVIF is slow to encode on a busy machine).
SLOW_MS = 60_000
# What a user waits for after a click (a saved form, the preview panel's refresh) on a busy CI machine.
WAIT_MS = 30_000


@pytest.fixture(scope="module")
def journey_users(server_url, server_env) -> dict:
    """Create the coordinator (English admin) and Hungarian and Greek partner editors (own admin language).

    Returns {"password", "coordinator", "hu", "el" (usernames, also their e-mail), "news_index" (page id)}.
    """
    password = "journey-" + os.urandom(6).hex()
    users = {
        "coordinator": ("journey-coordinator@example.org", "Coordinator", "en"),
        "hu": ("journey-hu@example.org", "Partner editors (hu)", "hu"),
        "el": ("journey-el@example.org", "Partner editors (el)", "el"),
    }
    code = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
from news.models import NewsIndexPage
for username, group, language in {list(users.values())!r}:
    user, _ = get_user_model().objects.get_or_create(username=username, defaults={{"email": username}})
    user.set_password({password!r})
    user.save()
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
print(json.dumps({{"news_index": NewsIndexPage.objects.get().pk}}))
"""
    ids = json.loads(manage_shell(server_env, code))
    return {"password": password, **{key: value[0] for key, value in users.items()}, **ids}


def _log_in(browser, server_url: str, username: str, password: str):
    """Return a new tab (own cookies) logged in to the admin as `username`, on the dashboard."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(20_000)
    tab = context.new_page()
    tab.goto(f"{server_url}/admin/login/")
    tab.locator("#id_username").fill(username)
    tab.locator("#id_password").fill(password)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(f"{server_url}/admin/")
    return tab


def _page_row(server_env, title_hu: str) -> dict:
    """Read the news page titled `title_hu` in Hungarian and its latest revision from the server's database."""
    config = dj_database_url.parse(server_env["DATABASE_URL"])
    connection = psycopg2.connect(
        dbname=config["NAME"], user=config["USER"] or "postgres", host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432, password=config["PASSWORD"] or None,
    )  # fmt: skip
    with connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.id, p.title_en, p.title_hu, p.live, p.live_revision_id, r.content ->> 'title_hu', r.user_id"
            " FROM wagtailcore_page p JOIN wagtailcore_revision r ON r.id = p.latest_revision_id"
            " WHERE p.title_hu = %s",
            [title_hu],
        )
        keys = ["id", "title_en", "title_hu", "live", "live_revision_id", "draft_title_hu", "draft_user"]
        row = dict(zip(keys, cursor.fetchone(), strict=True))
    connection.close()
    return row


def _wait_for_mail(smtp_server, recipient: str, timeout: float = 15) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [m for m in smtp_server.messages if recipient in m["To"]]
        if found:
            return found
        time.sleep(0.2)
    return []


def _photo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 500), (30, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def _hungarian_editor_writes_and_submits(browser, server_url: str, users: dict) -> None:
    tab = _log_in(browser, server_url, users["hu"], users["password"])
    expect(tab.locator("html")).to_have_attribute("lang", "hu", timeout=WAIT_MS)

    # A photo with Hungarian alt text (the admin's "Leírás"), and a PDF that defaults to Hungarian.
    tab.goto(f"{server_url}/admin/images/add/")
    tab.locator("#id_title").fill(TITLE)
    tab.locator("#id_file").set_input_files(
        {"name": "piaci-nap.png", "mimeType": "image/png", "buffer": _photo()}
    )
    tab.locator("#id_description").fill(ALT_TEXT)
    tab.get_by_role("button", name="Feltöltés").click()
    expect(tab.locator(".messages")).to_contain_text(f"'{TITLE}' kép hozzáadva", timeout=WAIT_MS)

    tab.goto(f"{server_url}/admin/documents/add/")
    expect(tab.locator("#id_language")).to_have_value("hu", timeout=WAIT_MS)
    tab.locator("#id_title").fill(DOCUMENT)
    pdf = make_pdf(DOCUMENT, [PARAGRAPH], "hu")
    tab.locator("#id_file").set_input_files(
        {"name": "beszamolo.pdf", "mimeType": "application/pdf", "buffer": pdf}
    )
    tab.get_by_role("button", name="Feltöltés").click()
    expect(tab.locator(".messages")).to_contain_text(DOCUMENT, timeout=WAIT_MS)

    # The news form holds Hungarian fields only; only the Hungarian title is required.
    tab.goto(f"{server_url}/admin/pages/add/news/newspage/{users['news_index']}/")
    expect(tab.locator(".clarinet-editing-language")).to_contain_text("Magyar", timeout=WAIT_MS)
    assert tab.locator("[name=title_en], [name=intro_en], [name=body_en-count]").count() == 0
    assert tab.locator("input[name^=title_][required]").evaluate_all("es => es.map(e => e.name)") == [
        "title_hu"
    ]
    tab.get_by_role("textbox", name="Cím (Magyar)").fill(TITLE)
    tab.get_by_role("textbox", name="Bevezető (Magyar)").fill(INTRO)

    body = tab.locator("#body_hu-root")

    def add_block(name: str) -> None:
        blocks = body.locator(".c-sf-block__type")
        count = blocks.count()
        body.locator(".c-sf-add-button").last.click()
        tab.get_by_role("option", name=name, exact=True).click()
        # The block is in the form (and last) before the next step looks for its fields.
        expect(blocks).to_have_count(count + 1, timeout=WAIT_MS)
        expect(blocks.last).to_have_text(name, timeout=WAIT_MS)

    add_block("Bekezdés")
    body.locator("[contenteditable=true]").last.click()
    tab.keyboard.type(PARAGRAPH)
    modal = tab.locator(".modal-dialog")
    add_block("Kép")
    body.get_by_role("button", name="Válasszon képet").click()
    modal.get_by_role("link", name=TITLE).first.click()
    expect(modal).to_be_hidden(timeout=WAIT_MS)
    add_block("Dokumentumhivatkozás")
    body.locator(".chooser__choose-button").last.click()  # Wagtail's Hungarian: "dokumentum kiválasztása"
    modal.get_by_role("link", name=DOCUMENT).first.click()
    expect(modal).to_be_hidden(timeout=WAIT_MS)

    # A partner editor may submit, never publish.
    tab.locator("footer [data-w-dropdown-target=toggle]").last.click()
    assert tab.locator("footer button[name=action-publish]").count() == 0
    tab.get_by_role("button", name=re.compile("^Beküldés ide: ")).click()
    expect(tab.locator(".messages")).to_contain_text(TITLE, timeout=WAIT_MS)
    tab.context.close()


def test_hungarian_page_goes_from_partner_editor_to_coordinator_to_visitors(
    browser, server_url, server_env, smtp_server, journey_users
):
    users = journey_users
    started = time.monotonic()
    _hungarian_editor_writes_and_submits(browser, server_url, users)
    page = _page_row(server_env, TITLE)
    assert not page["live"] and not page["title_en"]  # no English invented

    # The coordinator is told by e-mail, in their own admin language (English).
    mails = _wait_for_mail(smtp_server, users["coordinator"])
    assert mails and TITLE in mails[-1]["Subject"] and "submitted" in mails[-1]["Subject"]

    # The coordinator (English admin) finds it on the dashboard and previews it in Hungarian.
    tab = _log_in(browser, server_url, users["coordinator"], users["password"])
    expect(tab.locator("html")).to_have_attribute("lang", "en", timeout=WAIT_MS)
    review = tab.locator("section", has=tab.get_by_role("heading", name="Awaiting your review"))
    review.get_by_role("link", name=TITLE).first.click()
    tab.wait_for_url(f"{server_url}/admin/pages/{page['id']}/edit/")
    tab.get_by_role("button", name="Toggle preview").click()
    tab.locator("#id_preview_mode").select_option("hu")
    expect(tab.locator("#w-preview-iframe")).to_have_attribute("src", re.compile("mode=hu"), timeout=WAIT_MS)
    preview = tab.frame_locator("#w-preview-iframe")
    expect(preview.locator("html")).to_have_attribute("lang", "hu", timeout=SLOW_MS)
    expect(preview.locator("h1")).to_have_text(TITLE, timeout=WAIT_MS)
    expect(preview.locator("main")).to_contain_text(PARAGRAPH, timeout=WAIT_MS)
    expect(preview.locator(f'main img[alt="{ALT_TEXT}"]')).to_have_count(1, timeout=WAIT_MS)
    expect(preview.get_by_role("link", name=re.compile(DOCUMENT))).to_have_count(1, timeout=WAIT_MS)

    # Approving the only task publishes the page.
    tab.locator("footer [data-w-dropdown-target=toggle]").last.click()
    tab.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(tab.locator(".messages")).to_contain_text(TITLE, timeout=WAIT_MS)
    page = _page_row(server_env, TITLE)
    assert page["live"] and not page["title_en"]

    # Live at its Hungarian address, listed in Hungarian and not in English.
    response = tab.goto(f"{server_url}/hu/hirek/piaci-nap-pécsen/", timeout=SLOW_MS)
    assert response.status == 200
    expect(tab.locator("html")).to_have_attribute("lang", "hu", timeout=WAIT_MS)
    expect(tab.locator("h1")).to_have_text(TITLE, timeout=WAIT_MS)
    expect(tab.locator(f'main img[alt="{ALT_TEXT}"]')).to_have_count(1, timeout=WAIT_MS)
    download = tab.get_by_role("link", name=re.compile(DOCUMENT))
    assert (
        tab.request.get(server_url + download.get_attribute("href")).headers["content-type"]
        == "application/pdf"
    )
    tab.goto(f"{server_url}/hu/hirek/", timeout=SLOW_MS)
    expect(tab.get_by_role("link", name=TITLE)).to_have_count(1, timeout=WAIT_MS)
    tab.goto(f"{server_url}/en/news/", timeout=SLOW_MS)
    expect(tab.locator("main")).not_to_contain_text(TITLE, timeout=WAIT_MS)

    # A Greek partner editor sees only Greek fields and no publish button ...
    greek = _log_in(browser, server_url, users["el"], users["password"])
    greek.goto(f"{server_url}/admin/pages/{page['id']}/edit/")
    expect(greek.locator(".clarinet-editing-language")).to_contain_text("Ελληνικά", timeout=WAIT_MS)
    assert greek.locator("input[name^=title_]").evaluate_all("es => es.map(e => e.name)") == ["title_el"]
    assert greek.locator("[name=title_hu], [name=intro_hu], [name=body_hu-count]").count() == 0
    assert greek.locator("footer button[name=action-publish]").count() == 0
    # ... and a crafted request that sends a Hungarian title and asks to publish changes neither.
    greek.evaluate(
        """() => {
            const form = document.querySelector("form#page-edit-form");
            for (const [name, value] of [["title_hu", "Meghamisított cím"], ["action-publish", "action-publish"]]) {
                const input = Object.assign(document.createElement("input"), {type: "hidden", name, value});
                form.append(input);
            }
            form.requestSubmit();
        }"""
    )
    greek.wait_for_load_state()
    after = _page_row(server_env, TITLE)
    assert after["title_hu"] == TITLE and after["draft_title_hu"] == TITLE
    assert after["live_revision_id"] == page["live_revision_id"]  # nothing published
    tab.goto(f"{server_url}/hu/hirek/piaci-nap-pécsen/")
    expect(tab.locator("h1")).to_have_text(TITLE, timeout=WAIT_MS)
    greek.context.close()

    # The translation report, from the page's status in the explorer, lists it per language.
    tab.goto(f"{server_url}/admin/pages/{users['news_index']}/")
    row = tab.locator("tr", has_text=TITLE)
    expect(row).to_contain_text("Translations: 1 of 8 complete", timeout=WAIT_MS)
    status = row.get_by_role("link", name=re.compile("Translations: 1 of 8 complete"))
    # The status is a small button in the row (its icon once filled the row at 300 px).
    assert status.bounding_box()["height"] < 40
    assert row.bounding_box()["height"] < 120
    status.click()
    report = tab.locator("main table")
    for language in ["English", "italiano", "Deutsch", "Slovenščina", "Ελληνικά", "Română", "български"]:
        expect(report.locator("tr", has_text=language)).to_contain_text("missing", timeout=WAIT_MS)
    expect(report).not_to_contain_text("Magyar", timeout=WAIT_MS)
    tab.context.close()
    print(
        f"Partner journey (upload, write, submit, preview, publish, refusal, report): {time.monotonic() - started:.1f} s"
    )

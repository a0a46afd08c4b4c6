"""Helpers for tests that drive the page editor: users in a role, and the edit form's data as a browser posts it."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from clarinet_site.roles import COORDINATOR_GROUP, partner_group_name


def make_editor(django_user_model, username: str, group: str, admin_language: str = "") -> object:
    """Create an active user in `group` (e.g. `partner_group_name("hu")`) with the given admin language."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "a-long-passphrase")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    return user


def partner(django_user_model, code: str, admin_language: str | None = None):
    """A partner editor of language `code`, whose admin is in `admin_language` (default: the same)."""
    return make_editor(django_user_model, f"editor-{code}", partner_group_name(code), admin_language or code)


def coordinator(django_user_model, admin_language: str = ""):
    """A member of the Coordinator group (admin language: the site's default unless given)."""
    return make_editor(django_user_model, "coordinator", COORDINATOR_GROUP, admin_language)


def form_fields(html: bytes) -> BeautifulSoup:
    """The page editor's `<form>` in a response body."""
    return BeautifulSoup(html, "html.parser").select_one("form#page-edit-form")


def form_data(html: bytes) -> dict:
    """The values the page editor's form would post, StreamFields (drawn by JavaScript) posted with no blocks."""
    form = form_fields(html)
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "select":
            selected = field.select_one("option[selected]")
            data[name] = selected["value"] if selected else ""
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in {"submit", "button", "file"}:
            data[name] = field.get("value", "") if field.name == "input" else field.get_text()
    for stream in form.select(".w-field--block_field[data-contentpath]"):
        data[f"{stream['data-contentpath']}-count"] = "0"
    return data

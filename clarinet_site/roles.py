"""The site's editorial roles and the languages each user may edit.

Roles are Django groups, created by the migration `0004_editors_roles` and managed in the admin
(Settings > Groups) without code:

- **Coordinator**: reviews and publishes every page in every language (the only reviewer of the moderation
  workflow), manages partners, themes, site settings, contact messages, images, documents, users and groups.
- **Partner editors (xx)**, one group per site language (`Partner editors (hu)` ...): may open the admin, add
  and edit pages and submit them for moderation (never publish), upload images and documents and choose them.
  In the page form they see and may change only the fields of their group's language(s); the server ignores
  any other language a request sends (`clarinet_site.admin_forms.OneLanguagePageForm`).

Page-level rights: a partner editor may edit any page, but only their language's fields, plus the fields that
have no language (dates, images, country ...), which every change's reviewer sees before publishing. The
English fields are the base every other language falls back to: they belong to the Coordinator and to
`Partner editors (en)`.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from clarinet_site.languages import language_codes

COORDINATOR_GROUP = "Coordinator"
PARTNER_GROUP_TEMPLATE = "Partner editors ({code})"


def partner_group_name(code: str) -> str:
    """Return the name of the partner editors' group for the language `code`, e.g. "Partner editors (hu)"."""
    return PARTNER_GROUP_TEMPLATE.format(code=code)


def partner_group_names() -> dict[str, str]:
    """Return {group name: language code} for every site language, in the site's order."""
    return {partner_group_name(code): code for code in language_codes()}


def editing_languages(user: AbstractBaseUser | AnonymousUser | None) -> list[str]:
    """Return the codes of the languages `user` may edit, in the site's order (English first).

    Superusers and members of the Coordinator group get every language; a partner editor gets the languages
    of their `Partner editors (xx)` groups; anyone else (including anonymous or inactive users) gets [].
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return []
    group_names = set(user.groups.values_list("name", flat=True))
    if user.is_superuser or COORDINATOR_GROUP in group_names:
        return language_codes()
    by_group = partner_group_names()
    own = {by_group[name] for name in group_names if name in by_group}
    return [code for code in language_codes() if code in own]

"""The abstract base page every CLARINET page type extends: listing/social fields and language helpers."""

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from csp.constants import SELF
from csp.utils import build_policy
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from clarinet_site.base_language import page_base_language
from clarinet_site.languages import current_language, language_codes, local_name
from clarinet_site.page_cache import fragment
from clarinet_site.site_address import page_root_url
from clarinet_site.site_root import check_root_page_expiry

T = TypeVar("T")


class Availability(StrEnum):
    """How a page exists in one language (design.md, "Multilingual")."""

    #: Every essential field is in the language: listed, in the sitemap and hreflang.
    AVAILABLE = "available"
    #: Partly translated: served in the language, the English parts marked; not listed.
    PARTIAL = "partial"
    #: Not translated but marked for every language: listed and served in English, labelled.
    IN_ENGLISH = "in_english"
    #: Not in the language: a "not available" page links to the languages it is in.
    ABSENT = "absent"


class BasePage(Page):
    """A page with an intro, listing and social images, and per-language availability and URL helpers.

    A page is *available* in a language when each of its essential fields (`available_fields`, declared by
    each page type) is filled in that language, or is empty in every language (design.md, "Multilingual").
    Listings, feeds, the sitemap and hreflang of a language show only what is available in it, plus pages
    marked `show_in_all_languages`, which every language shows in English.
    """

    #: The fields that must be in a language for the page to exist in it; page types extend or narrow it.
    available_fields: tuple[str, ...] = ("title", "intro")
    #: True for a page every language is entered through (the home page): never ABSENT, at worst PARTIAL.
    entry_for_every_language: bool = False
    #: What a visitor reads as the type of a search result (`clarinet_site.search.views.kind_label`): the
    #: kinds of content a visitor looks for name themselves; home, section and other pages are a "Page".
    search_type_name = pgettext_lazy("search result type", "Page")

    intro = models.TextField(
        _("intro"), blank=True, help_text=_("One or two sentences shown under the title and in listings.")
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards that link to this page."),
    )
    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media (1200 × 630 px works best)."),
    )

    show_in_all_languages = models.BooleanField(
        _("show in every language (in English)"),
        default=False,
        help_text=_(
            "For project-wide announcements: the page is listed in every language, in English and labelled "
            "as such, even where it has no translation."
        ),
    )

    translation_edited_at = models.JSONField(
        _("translation last edited"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("When each language's text last changed (language code: ISO date-time), kept on save."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("listing_image"), FieldPanel("social_image")], heading=_("Images")),
    ]
    settings_panels = [
        *Page.settings_panels,
        # Coordinator-only: the Coordinator group holds this permission, partner editors do not.
        FieldPanel("show_in_all_languages", permission="clarinet_site.change_sitesettings"),
    ]

    class Meta:
        abstract = True

    def clean(self) -> None:
        """Wagtail's checks, then refuse an expiry date on a site's root page (see `clarinet_site.site_root`)."""
        super().clean()
        check_root_page_expiry(self)

    def save(self, *args, **kwargs):
        """Save the page, first stamping in `translation_edited_at` each language whose text changed."""
        from clarinet_site.translation_status import stamp_edited_languages

        update_fields = kwargs.get("update_fields")
        if update_fields is None or "translation_edited_at" in update_fields:
            stamp_edited_languages(self)
        return super().save(*args, **kwargs)

    def _field_used(self, field_name: str) -> bool:
        """Return True if `field_name` is filled in at least one language."""
        return any(getattr(self, f"{field_name}_{code}", None) for code in language_codes())

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors, read once per request (see request_memo)."""
        from clarinet_site.request_memo import view_restrictions_of

        return view_restrictions_of(self)

    def is_available(self, language_code: str) -> bool:
        """Return True if every essential field that the page uses is filled in `language_code`.

        An essential field empty in every language (an index page without intro) does not count against any
        language. `show_in_all_languages` is not considered here: see `availability`.
        """
        return all(
            getattr(self, f"{name}_{language_code}", None) or not self._field_used(name)
            for name in self.available_fields
        )

    def availability(self, language_code: str | None = None) -> Availability:
        """Return how the page exists in `language_code` (default: the active language); see Availability.

        PARTIAL needs some essential text of the language's own and English for every essential field it
        lacks, so the page reads whole with the English parts marked; otherwise (a page written in one
        language, asked for in another) it is ABSENT, unless marked for every language (IN_ENGLISH).
        """
        code = language_code or current_language()
        if self.is_available(code):
            return Availability.AVAILABLE
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        if self.show_in_all_languages and self.is_available(default):
            return Availability.IN_ENGLISH
        own_text = any(getattr(self, f"{name}_{code}", None) for name in self.available_fields)
        completed_by_english = all(
            getattr(self, f"{name}_{code}", None)
            or getattr(self, f"{name}_{default}", None)
            or not self._field_used(name)
            for name in self.available_fields
        )
        if (own_text or self.entry_for_every_language) and completed_by_english:
            return Availability.PARTIAL
        return Availability.ABSENT

    def is_listed_in(self, language_code: str | None = None) -> bool:
        """Return True if listings of `language_code` show the page: available, or marked for every language."""
        return self.availability(language_code) in (Availability.AVAILABLE, Availability.IN_ENGLISH)

    def languages_with_text(self) -> list[str]:
        """Return the codes of the languages in which any essential field is filled, in the site's order."""
        return [
            code
            for code in language_codes()
            if any(getattr(self, f"{name}_{code}", None) for name in self.available_fields)
        ]

    def available_languages(self) -> list[str]:
        """Return the codes of the languages this page is available in, in the site's order."""
        return [code for code in language_codes() if self.is_available(code)]

    @classmethod
    def availability_q(cls, language_code: str | None = None) -> Q:
        """Return a Q object selecting the pages of this type listed in `language_code` (default: active).

        The SQL twin of `is_listed_in`, built from the per-language columns of `available_fields`, so a
        listing filters in its one query whatever its length.
        """
        code = language_code or current_language()
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        return cls._available_q(code) | (Q(show_in_all_languages=True) & cls._available_q(default))

    @classmethod
    def _available_q(cls, code: str) -> Q:
        """Return a Q object selecting the pages of this type available in `code` (see `is_available`)."""
        available = Q()
        for name in cls.available_fields:
            filled = {other: _filled_q(cls, f"{name}_{other}") for other in language_codes()}
            nowhere = Q()
            for other_filled in filled.values():
                nowhere &= ~other_filled
            available &= filled[code] | nowhere
        return available

    def kept(self, request: HttpRequest | None, name: str, build: Callable[[], T], *parts) -> T:
        """Return `build()`, kept per content generation for this page, the request's host, the active
        language and `parts` (`page_cache.fragment`: never for a preview or a POST, nor without `request`).

        For what a page shows besides its own fields (its gallery, related pages, addresses in every
        language): `build()` must return picklable values and depend on nothing else.
        """
        if request is None:
            return build()
        return fragment(request, f"page-{name}", (self.pk, request.get_host(), current_language(), *parts), build)

    def get_url_parts(self, request: HttpRequest | None = None):
        """Return Wagtail's `(site_id, root_url, page_path)` with the site's configured address as root URL.

        With `SITE_URL` set, absolute links (canonical, hreflang, sitemap, feeds, calendar files) start
        with it rather than with the Site record's host and port (`clarinet_site.site_address`).
        """
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, page_path = parts
        return site_id, page_root_url(root_url), page_path

    def localized_url(
        self, language_code: str, request: HttpRequest | None = None, full: bool = False
    ) -> str:
        """Return the page's URL in `language_code`, following that language's slugs (relative unless `full`)."""
        with translation.override(language_code):
            return self.get_full_url(request) if full else self.get_url(request)

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        """Return one sitemap entry per language the page is available in, each listing every translation as an alternate.

        Entries are dicts with `location`, `lastmod` and `alternates` ({lang_code, location}), the keys
        Django's sitemap template renders as `<xhtml:link rel="alternate" hreflang=...>`.
        """
        alternates = self.hreflang_alternates(request)
        return [
            {"location": alternate["location"], "lastmod": self.last_published_at, "alternates": alternates}
            for alternate in alternates
            if alternate["lang_code"] != "x-default"
        ]

    def hreflang_alternates(self, request: HttpRequest | None = None) -> list[dict]:
        """Return {lang_code, location} for each available language plus `x-default`, full URLs.

        `x-default` is the English page, else the first available language's. A page available in no
        language (all its essential fields left empty) still lists English, where it is served.
        """

        def build() -> list[dict]:
            codes = self.available_languages() or [settings.MODELTRANSLATION_DEFAULT_LANGUAGE]
            alternates = [
                {"lang_code": code, "location": self.localized_url(code, request, full=True)} for code in codes
            ]
            alternates.append({"lang_code": "x-default", "location": alternates[0]["location"]})
            return alternates

        # A routable page's own route (the one-page toolkit) has addresses of its own.
        return self.kept(request, "hreflang", build, getattr(self, "served_route", ""))

    # --- The editors' admin: search, explorer titles and preview in every language ---

    # Wagtail's admin page search and page chooser use autocomplete, and its own `title` autocomplete field
    # would index only the language active at save time: every language's title is indexed on its own.
    # (wagtail-modeltranslation already adds a full-text SearchField per language for `title`.)
    search_fields = [
        *Page.search_fields,
        *(index.AutocompleteField(f"title_{code}") for code in language_codes()),
    ]

    def get_admin_display_title(self) -> str:
        """Return the title for the admin (explorer, headers, choosers) in the active admin language.

        Falls back to the English title, then to Wagtail's draft title. With unpublished changes the title
        comes from the latest revision, as Wagtail's own draft title does (one query for such a page).
        """
        code = current_language()
        fields = [f"title_{code}", f"title_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"]
        if self.has_unpublished_changes and self.latest_revision_id:
            content = self.latest_revision.content
            titles = [content.get(name) for name in fields]
        else:
            titles = [getattr(self, name, None) for name in fields]
        return next((title for title in titles if title), None) or super().get_admin_display_title()

    @property
    def preview_modes(self) -> list[tuple[str, str]]:
        """One preview mode per site language: (code, "Hungarian (Magyar)") in the admin's language.

        Lets a reviewer preview a draft in any language whatever their own admin language (Wagtail preview
        modes, shown as a choice beside the live preview).
        """
        modes = []
        for code, name in settings.LANGUAGES:
            name, own_name = str(name), local_name(code)
            modes.append((code, name if name.lower() == own_name.lower() else f"{name} ({own_name})"))
        return modes

    @property
    def default_preview_mode(self) -> str:
        """The admin's active language when the page has a title in it, else the language the page was
        written in (`page_base_language`): a reviewer with an English admin who opens a page written only in
        Hungarian (the workflow's "Preview" link, the preview panel) sees the Hungarian page, not an empty
        English one."""
        codes = [code for code, _label in self.preview_modes]
        active = current_language()
        if active in codes and getattr(self, f"title_{active}", None):
            return active
        return page_base_language(self)

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """Render the preview with the preview mode's language active, as a visitor of that language sees it.

        The fake request goes to the page's address in that language (so the locale middleware picks the
        same language) and the template is rendered inside `translation.override`; a mode that is not a
        language code (a subclass's own mode) keeps the admin's language.

        The fake request runs through the middleware as a public page, so it gets the site's CSP, whose
        `frame-ancestors 'none'` would keep the preview out of the edit view's preview panel (a frame of the
        admin, same origin): the preview's policy allows the site's own frames instead (Wagtail's preview
        view already sends `X-Frame-Options: SAMEORIGIN`).
        """
        code = preview_mode if preview_mode in language_codes() else current_language()
        with translation.override(code):
            response = super().make_preview_request(original_request, preview_mode, extra_request_attrs)
        if "Content-Security-Policy" in response:
            response["Content-Security-Policy"] = build_policy(replace={"frame-ancestors": [SELF]})
        return response

def _filled_q(model: type[models.Model], column: str) -> Q:
    """Return a Q object true where the per-language `column` of `model` holds content.

    Text columns count when not NULL and not ""; a StreamField column when it holds at least one block
    (an empty stream is stored as the JSON `[]`).
    """
    field = model._meta.get_field(column)
    if isinstance(field, StreamField):
        return Q(**{f"{column}__isnull": False}) & ~Q(**{column: []})
    return Q(**{f"{column}__isnull": False}) & ~Q(**{column: ""})

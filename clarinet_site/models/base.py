"""The abstract base page every CLARINET page type extends: listing/social fields and language helpers."""

from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from clarinet_site.languages import current_language, language_codes, local_name
from clarinet_site.site_root import check_root_page_expiry


class BasePage(Page):
    """A page with an intro, listing and social images, and per-language URL helpers.

    A page counts as translated into a language when its title is filled in that language (the design's
    rule for canonical links and hreflang alternates); other fields fall back to English.
    """

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

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("listing_image"), FieldPanel("social_image")], heading=_("Images")),
    ]

    class Meta:
        abstract = True

    def clean(self) -> None:
        """Wagtail's checks, then refuse an expiry date on a site's root page (see `clarinet_site.site_root`)."""
        super().clean()
        check_root_page_expiry(self)

    def is_translated(self, language_code: str) -> bool:
        """Return True if the page has its own title in `language_code` (English always counts)."""
        if language_code == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return True
        return bool(getattr(self, f"title_{language_code}", ""))

    def translated_languages(self) -> list[str]:
        """Return the codes of the languages this page is translated into, in the site's order."""
        return [code for code in language_codes() if self.is_translated(code)]

    def localized_url(
        self, language_code: str, request: HttpRequest | None = None, full: bool = False
    ) -> str:
        """Return the page's URL in `language_code`, following that language's slugs (relative unless `full`)."""
        with translation.override(language_code):
            return self.get_full_url(request) if full else self.get_url(request)

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        """Return one sitemap entry per translated language, each listing every translation as an alternate.

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
        """Return {lang_code, location} for each translated language plus `x-default` (English), full URLs."""
        alternates = [
            {"lang_code": code, "location": self.localized_url(code, request, full=True)}
            for code in self.translated_languages()
        ]
        alternates.append({"lang_code": "x-default", "location": alternates[0]["location"]})
        return alternates

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
        """The admin's active language when it is a site language (else the first mode, English)."""
        codes = [code for code, _label in self.preview_modes]
        active = current_language()
        return active if active in codes else codes[0]

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """Render the preview with the preview mode's language active, as a visitor of that language sees it.

        The fake request goes to the page's address in that language (so the locale middleware picks the
        same language) and the template is rendered inside `translation.override`; a mode that is not a
        language code (a subclass's own mode) keeps the admin's language.
        """
        code = preview_mode if preview_mode in language_codes() else current_language()
        with translation.override(code):
            return super().make_preview_request(original_request, preview_mode, extra_request_attrs)

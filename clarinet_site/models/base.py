"""The abstract base page every CLARINET page type extends: listing/social fields and language helpers."""

from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from clarinet_site.languages import language_codes
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

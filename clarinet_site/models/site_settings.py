"""Site settings edited by the coordinator: contact, social links, grant and EU funding acknowledgement."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_FUNDING_STATEMENT = (
    "This project was funded by the European Union's Asylum, Migration and Integration Fund (AMIF)."
)
DEFAULT_DISCLAIMER = (
    "The content of this website represents the views of the authors only and is their sole responsibility. "
    "The European Commission does not accept any responsibility for use that may be made of the information "
    "it contains."
)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Project-wide facts shown on every page; the EU rules for AMIF-funded projects require the emblem,
    a funding statement and a disclaimer on every page."""

    project_name = models.CharField(_("project name"), max_length=100, default="CLARINET")
    project_full_name = models.CharField(
        _("project full name"),
        max_length=200,
        default="Communication of Local AuthoRities for INtegration in European Towns",
    )
    coordinator_role = models.CharField(_("coordinator role"), max_length=120, default="Project coordinator")
    coordinator_organisation = models.CharField(
        _("coordinator organisation"), max_length=200, default="Municipality of Lampedusa and Linosa"
    )
    coordinator_email = models.EmailField(
        _("coordinator e-mail"),
        default="coordinator@example.org",
        help_text=_("Messages from the contact form go to this address."),
    )
    grant_number = models.CharField(_("grant agreement number"), max_length=40, default="821562")
    funding_statement = models.TextField(_("funding statement"), default=DEFAULT_FUNDING_STATEMENT)
    disclaimer = models.TextField(_("disclaimer"), default=DEFAULT_DISCLAIMER)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel([FieldPanel("project_name"), FieldPanel("project_full_name")], heading=_("Project")),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_role"),
                FieldPanel("coordinator_organisation"),
                # Only the coordinator role (or a superuser) may redirect the contact form's messages.
                FieldPanel("coordinator_email", permission="clarinet_site.change_coordinator_email"),
            ],
            heading=_("Coordinator contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("grant_number"), FieldPanel("funding_statement"), FieldPanel("disclaimer")],
            heading=_("EU funding"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("mastodon_url"),
            ],
            heading=_("Social links"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("legal_page"),
                FieldPanel("contact_page"),
            ],
            heading=_("Footer links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
        permissions = [("change_coordinator_email", _("Can change the coordinator e-mail address"))]

    @property
    def social_links(self) -> list[tuple[str, str]]:
        """Return (network name, URL) pairs for the links that are filled in."""
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
            ("Mastodon", self.mastodon_url),
        ]
        return [(name, url) for name, url in links if url]

    @classmethod
    def for_request(cls, request):
        """Return the settings of the request's site, kept per content generation (`page_cache.fragment`).

        Wagtail's own `for_request` reads them from the database on every page; the settings shown in every
        page's frame change only on a save, which bumps the generation. Every language is in the one row
        (a column per language), so one entry serves all languages. Editing uses `for_site`, never a copy.
        """
        from wagtail.models import Site

        from clarinet_site.page_cache import fragment

        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        site_settings = fragment(request, "site-settings", (site.pk,), lambda: cls.for_site(site))
        site_settings._request = request
        setattr(request, attr_name, site_settings)
        return site_settings

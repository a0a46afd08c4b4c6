"""Partner organisations of the CLARINET consortium, edited as snippets."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index


class PartnerOrganisation(index.Indexed, models.Model):
    """A partner of the project: a local authority, a civil-society organisation or a network."""

    class OrganisationType(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", _("Local authority")
        CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
        NETWORK = "network", _("International network")

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead partner")
        PARTNER = "partner", _("Partner")

    name = models.CharField(_("name"), max_length=200)
    organisation_type = models.CharField(_("type"), max_length=20, choices=OrganisationType.choices)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.PARTNER)
    country = CountryField(_("country"), blank=True, help_text=_("Leave empty for an international network."))
    city = models.CharField(_("city or area"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("country")]

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["country", "-role", "name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="unique_partner_name")]

    def __str__(self) -> str:
        return self.name

"""Themes (Storytelling, Art, Humour ...) that tag good practices, toolkit chapters and news."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Theme(models.Model):
    """A theme tag with a translated name and a stable slug used in filter URLs."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("Used in filter addresses; keep it in English.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name

"""News and downloads pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from clarinet_site.models import BasePage


class NewsIndexPage(BasePage):
    """News and events of the project."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("news index page")


class DownloadsPage(BasePage):
    """The library of the project's documents."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("downloads page")

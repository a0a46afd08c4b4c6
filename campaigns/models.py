"""Training and campaign pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from clarinet_site.models import BasePage


class TrainingIndexPage(BasePage):
    """The training programmes run for border local authorities."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("training index page")


class CampaignIndexPage(BasePage):
    """The local communication campaigns and artist residencies."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("campaign index page")

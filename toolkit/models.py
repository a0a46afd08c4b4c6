"""Toolkit and good-practice showcase pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from clarinet_site.blocks import BaseStreamBlock
from clarinet_site.models import BasePage


class ToolkitPage(BasePage):
    """The Positive Storytelling Toolkit: its introduction and how to use it."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("toolkit page")


class GoodPracticeIndexPage(BasePage):
    """The showcase of good practices: the campaigns that entered the CLARINET Award."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("good-practice index page")

"""The home page and standard pages (the contact page is in the `clarinet_site.contact` package)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from clarinet_site.app_contributions import declared
from clarinet_site.blocks import BaseStreamBlock

from .base import Availability, BasePage

SECTION_PAGE_TYPES = [
    "toolkit.ToolkitPage",
    "toolkit.GoodPracticeIndexPage",
    "campaigns.TrainingIndexPage",
    "campaigns.CampaignIndexPage",
    "news.NewsIndexPage",
    "news.DownloadsPage",
]


class HomePage(BasePage):
    """The site's root page: what CLARINET is, its objectives, and entry points into every section."""

    available_fields = ("title", "intro", "body")
    entry_for_every_language = True

    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("What the project is and its objectives."),
    )
    sections_heading = models.CharField(
        _("sections heading"),
        max_length=120,
        blank=True,
        help_text=_("Heading above the links to each section."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("sections_heading"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["clarinet_site.StandardPage", "clarinet_site.ContactPage", *SECTION_PAGE_TYPES]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """Add `sections`: the live section pages under home that exist in the language shown (they may be
        partly translated: navigation, not a listing of content), as specific pages with listing images; and
        `home_panels`: the templates apps add to the home page (AppConfig `home_panel`, such as the latest
        news), so the site's template knows no section."""
        context = super().get_context(request, *args, **kwargs)
        from clarinet_site.page_cache import fragment
        from clarinet_site.templatetags.navigation_tags import home_children

        def build() -> list[BasePage]:
            section_types = {
                ContentType.objects.get_by_natural_key(*name.lower().split(".")).pk
                for name in SECTION_PAGE_TYPES
            }
            sections = [page for page in home_children(request) if page.content_type_id in section_types]
            # One query per section type (each is one row), none for the base rows: home_children has them.
            specific = {}
            for content_type_id in {page.content_type_id for page in sections}:
                model = ContentType.objects.get_for_id(content_type_id).model_class()
                ids = [page.pk for page in sections if page.content_type_id == content_type_id]
                specific.update(
                    (page.pk, page)
                    for page in model.objects.filter(pk__in=ids).select_related("listing_image")
                )
            return [specific[page.pk] for page in sections if page.pk in specific]

        # The section pages change only with content (a publish moves the generation on): kept per generation,
        # they cost no query on later views; which of them exist in the language shown is checked per view.
        sections = fragment(request, "home-sections", (self.pk,), build)
        context["sections"] = [page for page in sections if page.availability() != Availability.ABSENT]
        context["home_panels"] = [template for _config, template in declared("home_panel")]
        return context


class StandardPage(BasePage):
    """A page of free content: about, partners, privacy notice, accessibility statement, legal notice."""

    available_fields = ("title", "intro", "body")

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["clarinet_site.HomePage", "clarinet_site.StandardPage"]
    subpage_types = ["clarinet_site.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

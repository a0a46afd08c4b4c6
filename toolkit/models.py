"""Toolkit and good-practice showcase pages.

Tree (design.md): HomePage ▸ ToolkitPage ▸ ToolkitChapterPage (section) ▸ ToolkitChapterPage (chapter), and
HomePage ▸ GoodPracticeIndexPage ▸ GoodPracticePage.
"""

import functools
from urllib.parse import urlparse

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from clarinet_site.blocks import RICH_TEXT_FEATURES, VIDEO_HOSTS, BaseStreamBlock
from clarinet_site.languages import current_language, language_codes
from clarinet_site.models import BasePage, CaptionedImage
from clarinet_site.page_cache import fragment
from clarinet_site.queries import listed_in, translated_only, with_listing_images
from clarinet_site.request_memo import current_request

from .blocks import ToolkitStreamBlock, prefetch_stream_objects, referenced_ids

ONE_PAGE_ROUTE = "all/"


class ToolkitPage(RoutablePageMixin, BasePage):
    """The Positive Storytelling Toolkit: introduction, how to use it, its contents, and the one-page view.

    Its sections and chapters are ToolkitChapterPage children; `all/` shows the whole toolkit on one page.
    """

    search_type_name = pgettext_lazy("search result type", "Toolkit")

    available_fields = ("title", "intro", "body")

    body = StreamField(
        BaseStreamBlock(), verbose_name=_("introduction"), blank=True, help_text=_("What the toolkit is for.")
    )
    how_to_use = RichTextField(
        _("how to use the toolkit"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after the introduction and at the start of the one-page toolkit."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("how_to_use"),
        InlinePanel("downloads", label=_("Toolkit documents"), heading=_("Toolkit documents")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("how_to_use"),
    ]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types = ["toolkit.ToolkitChapterPage"]
    max_count = 1

    class Meta:
        verbose_name = _("toolkit page")

    def reading_order(self, with_bodies: bool = False) -> list["ToolkitChapterPage"]:
        """Return every live section and chapter listed in the active language (available in it, or marked for
        every language), in reading order (depth first, as in the tree); at most 1 query.

        Reads only the page's tree position: callable with the toolkit's base Page row too. A chapter not
        listed in the language is left out of the contents, the one-page view and previous/next, as from
        every other listing: its address would show only "not available in this language".

        Without `with_bodies` (the contents and previous/next) each chapter has only its tree position, and
        its part, title, introduction, slug and address in the active and the fallback language, kept per content
        generation (`page_cache.fragment`); with it (the one-page view), every field.
        """
        pages = listed_in(
            ToolkitChapterPage.objects.live().public().descendant_of(self).filter(depth__lte=self.depth + 2)
        )
        if with_bodies:
            return list(pages)
        return fragment(
            current_request(),
            "toolkit-contents",
            (self.pk, current_language()),
            lambda: list(pages.only(*ToolkitChapterPage.link_columns("part", "intro"))),
        )

    def sections(
        self, pages: list["ToolkitChapterPage"] | None = None, with_bodies: bool = False
    ) -> list["ToolkitChapterPage"]:
        """Return the live sections in tree order, each with `.chapters` (its live chapters).

        Reads only the page's tree position: callable with the toolkit's base Page row too.

        `pages` is the toolkit's reading order when the caller already has it (no query), else
        `reading_order(with_bodies)`.
        """
        pages = self.reading_order(with_bodies) if pages is None else pages
        sections = [page for page in pages if page.depth == self.depth + 1]
        for section in sections:
            section.chapters = [page for page in pages if page.is_child_of_path(section.path)]
        return sections

    def documents(self) -> list["ToolkitDownload"]:
        """Return the toolkit's documents, each in the active language when it has one, else in English."""
        language = current_language()
        related = {f"document_{language}", f"document_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"}
        return [download for download in self.downloads.select_related(*sorted(related)) if download.document]

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `sections` (the table of contents), `documents` and `one_page_url`.

        For the one-page view `sections` is a callable the template calls (Django templates call callables)
        only when its kept rendering (`fragment_cache`) is missing: it then loads every section's and
        chapter's body and converts them in bulk.
        """
        context = super().get_context(request, *args, **kwargs)
        if getattr(self, "served_route", None) == ONE_PAGE_ROUTE:

            @functools.cache
            def sections() -> list[ToolkitChapterPage]:
                sections = self.sections(with_bodies=True)
                prefetch_stream_objects(page.body for section in sections for page in (section, *section.chapters))
                return sections

            context["sections"] = sections
        else:
            context["sections"] = self.sections()
        context["documents"] = self.kept(request, "documents", self.documents)
        context["one_page_url"] = self.get_url(request) + ONE_PAGE_ROUTE
        return context

    @path(ONE_PAGE_ROUTE, name="one_page")
    def one_page(self, request: HttpRequest):
        """The whole toolkit on one page, in the active language, ready to print (with its own contents)."""
        self.served_route = ONE_PAGE_ROUTE
        return self.render(request, template="toolkit/toolkit_page_one_page.html")

    def localized_url(
        self, language_code: str, request: HttpRequest | None = None, full: bool = False
    ) -> str:
        """Return the URL in `language_code` of the page or, while serving the one-page view, of that view."""
        url = super().localized_url(language_code, request, full)
        return url + getattr(self, "served_route", "")

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        """Return the page's sitemap entries plus one per translated language for the one-page toolkit."""
        entries = super().get_sitemap_urls(request)
        self.served_route = ONE_PAGE_ROUTE
        try:
            return entries + super().get_sitemap_urls(request)
        finally:
            del self.served_route


class ToolkitDownload(Orderable):
    """A document of the toolkit (the PDF, a summary ...) chosen per language; empty languages use English."""

    page = ParentalKey(ToolkitPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Choose the version in each language that has one; the English one is used for the others."
        ),
    )
    label = models.CharField(
        _("link text"), max_length=200, blank=True, help_text=_("Leave empty to use the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("toolkit document")
        verbose_name_plural = _("toolkit documents")

    def __str__(self) -> str:
        return self.label or (self.document.title if self.document else "")


class ToolkitChapterPage(BasePage):
    """A section of the toolkit (child of the toolkit page) or a chapter of a section: one level of nesting.

    A chapter's body can embed cards of good practices ("see it in practice"); those practices list the
    chapter as "discussed in".
    """

    search_type_name = pgettext_lazy("search result type", "Toolkit chapter")

    available_fields = ("title", "intro", "body")

    part = models.CharField(
        _("part"),
        max_length=120,
        blank=True,
        help_text=_(
            'Sections only: the part of the toolkit the section belongs to, e.g. "How to run a campaign". '
            "Consecutive sections of the same part are grouped under it in the contents."
        ),
    )
    body = StreamField(ToolkitStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(
        "clarinet_site.Theme", verbose_name=_("themes"), blank=True, related_name="toolkit_chapters"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("part"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["toolkit.ToolkitPage", "toolkit.ToolkitChapterPage"]
    subpage_types = ["toolkit.ToolkitChapterPage"]

    class Meta:
        verbose_name = _("toolkit chapter page")

    @classmethod
    def can_exist_under(cls, parent: Page) -> bool:
        """Allow a chapter under the toolkit page (a section) or under a section, never deeper."""
        if not super().can_exist_under(parent):
            return False
        if issubclass(parent.specific_class, ToolkitChapterPage):
            return issubclass(parent.get_parent().specific_class, ToolkitPage)
        return True

    def can_move_to(self, parent: Page) -> bool:
        """Refuse moves that would put a chapter more than one level below a section."""
        if not super().can_move_to(parent):
            return False
        return not (issubclass(parent.specific_class, ToolkitChapterPage) and self.get_children().exists())

    @staticmethod
    def link_columns(*fields: str) -> list[str]:
        """Return the columns a link to a chapter reads (for `QuerySet.only`): its tree position, and its title,
        slug and address, plus the translated `fields`, in the active and the fallback language."""
        columns = translated_only(ToolkitChapterPage, "title", "slug", "url_path", *fields)
        return ["path", "depth", "live", "locale_id", "content_type_id", *columns]

    def clean(self) -> None:
        """Raise ValidationError when a slug is `all`, the one-page toolkit's address under the toolkit page.

        Refused at every depth, because a new page's parent is not known here. Errors are keyed by the
        per-language slug fields that the admin form shows.
        """
        super().clean()
        reserved = ONE_PAGE_ROUTE.strip("/")
        errors = {
            f"slug_{code}": _("This slug is the address of the one-page toolkit.")
            for code in language_codes()
            if getattr(self, f"slug_{code}", None) == reserved
        }
        if errors:
            raise ValidationError(errors)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `toolkit`, `sections` (the toolkit's contents), `chapters` (a section's chapters),
        `previous_page`/`next_page` in reading order, and `body` (a callable returning the body with the
        practices it shows loaded in bulk)."""
        context = super().get_context(request, *args, **kwargs)
        from clarinet_site.routing import route_chain

        # The toolkit page routing went through (base row: its URL, title and tree position are enough).
        toolkit = next((page for page in route_chain() if page.specific_class is ToolkitPage), None)
        if toolkit is None or not self.path.startswith(toolkit.path):
            toolkit = ToolkitPage.objects.ancestor_of(self).first()
        order = ToolkitPage.reading_order(toolkit) if toolkit else []
        position = next((i for i, page in enumerate(order) if page.pk == self.pk), None)
        chapters = [page for page in order if page.is_child_of_path(self.path)]
        context.update(
            toolkit=toolkit,
            # called on the class: `toolkit` may be the base Page row routing read (tree position only)
            sections=ToolkitPage.sections(toolkit, order) if toolkit else [],
            is_section=toolkit is not None and self.depth == toolkit.depth + 1,
            chapters=chapters,
            previous_page=None,
            next_page=None,
            theme_list=self.kept(request, "themes", lambda: list(self.themes.all())),
        )
        if position is not None:
            context["previous_page"] = order[position - 1] if position > 0 else toolkit
            context["next_page"] = order[position + 1] if position + 1 < len(order) else None

        @functools.cache
        def body() -> StreamValue:
            # Called by the template only when the body's kept rendering (fragment_cache) is missing.
            prefetch_stream_objects([self.body])
            return self.body

        context["body"] = body
        return context

    def is_child_of_path(self, parent_path: str) -> bool:
        """True if this page sits directly under the page whose tree path is `parent_path` (no query)."""
        return self.path[: -self.steplen] == parent_path

    def save(self, *args, **kwargs):
        """Save, then bring the practice citations in line with the body in every language."""
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or any(name.startswith("body") for name in update_fields):
            self.sync_practice_citations()
        return result

    def sync_practice_citations(self) -> None:
        """Make `practice_citations` the practices shown by this chapter's body, in any language."""
        streams = [getattr(self, f"body_{code}", None) for code in language_codes()]
        _image_ids, practice_ids = referenced_ids(stream for stream in streams if stream)
        cited = set(GoodPracticePage.objects.filter(pk__in=practice_ids).values_list("pk", flat=True))
        self.practice_citations.exclude(practice_id__in=cited).delete()
        PracticeCitation.objects.bulk_create(
            [PracticeCitation(chapter=self, practice_id=pk) for pk in sorted(cited)], ignore_conflicts=True
        )


class GoodPracticeQuerySet(PageQuerySet):
    """Queries of good-practice pages."""

    def for_cards(self) -> "GoodPracticeQuerySet":
        """Fetch what a practice card shows (listing image and its renditions, themes) in 3 queries in all."""
        return with_listing_images(self, "themes")

    def by_award_result(self) -> "GoodPracticeQuerySet":
        """Order winners first, then special mentions, then other entries; newest first, then by title."""
        rank = models.Case(
            *[models.When(result=value, then=position) for position, value in enumerate(Result.values)],
            default=len(Result.values),
            output_field=models.IntegerField(),
        )
        return self.annotate(result_rank=rank).order_by(
            "result_rank", models.F("year").desc(nulls_last=True), "title"
        )


class Category(models.TextChoices):
    """The three categories of the CLARINET Award."""

    WEB_SOCIAL = "web-social-media", _("Web & social media")
    TRADITIONAL = "traditional-media", _("Traditional media")
    PUBLIC_EVENTS = "public-events", _("Public events")


class Result(models.TextChoices):
    """What a campaign obtained at the CLARINET Award, best first."""

    WINNER = "winner", _("Winner")
    SPECIAL_MENTION = "special-mention", _("Special mention")
    ENTRY = "entry", _("Entry")


class GoodPracticeIndexPage(BasePage):
    """The showcase of good practices: the campaigns that entered the CLARINET Award, with filters and a map.

    Filtering, pagination and the overview by country live in `toolkit.showcase`.
    """

    available_fields = ("title", "intro", "body")

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types = ["toolkit.GoodPracticePage"]
    max_count = 1

    class Meta:
        verbose_name = _("good-practice index page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add the filtered, paginated practices and the overview by country (`toolkit.showcase`)."""
        from .showcase import showcase_context

        context = super().get_context(request, *args, **kwargs)
        context.update(showcase_context(self, request))
        return context


class GoodPracticePage(BasePage):
    """A campaign that entered the CLARINET Award: who ran it, where, its category, result and story."""

    search_type_name = pgettext_lazy("search result type", "Good practice")

    available_fields = ("title", "intro", "body")

    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("The local authority, or the body that ran the campaign on its behalf."),
    )
    city = models.CharField(_("city"), max_length=120, blank=True, help_text=_("Leave empty if not known."))
    country = CountryField(_("country"))
    category = models.CharField(_("Award category"), max_length=30, choices=Category.choices)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("Year of the campaign (its first year if it ran longer); leave empty if not known."),
    )
    result = models.CharField(_("Award result"), max_length=20, choices=Result.choices, default=Result.ENTRY)
    themes = ParentalManyToManyField(
        "clarinet_site.Theme", verbose_name=_("themes"), blank=True, related_name="good_practices"
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    video_url = models.URLField(
        _("video address"), blank=True, help_text=_("A YouTube or Vimeo address; it loads only on request.")
    )
    video_title = models.CharField(_("video title"), max_length=200, blank=True)
    website = models.URLField(_("external link"), blank=True, help_text=_("The campaign's own website."))

    objects = PageManager.from_queryset(GoodPracticeQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro", heading=_("Summary")),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("category"), FieldPanel("year"), FieldPanel("result")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("The campaign"),
        ),
        FieldPanel("body"),
        InlinePanel("gallery_images", label=_("Image"), heading=_("Images")),
        MultiFieldPanel([FieldPanel("video_url"), FieldPanel("video_title")], heading=_("Video")),
        FieldPanel("website"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("organisation"),
        index.SearchField("city"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("category"),
        index.FilterField("result"),
        index.FilterField("year"),
    ]

    parent_page_types = ["toolkit.GoodPracticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("good-practice page")

    def clean(self) -> None:
        """Raise ValidationError for a video address off YouTube/Vimeo or one without a title."""
        super().clean()
        if self.video_url:
            if urlparse(self.video_url).hostname not in VIDEO_HOSTS:
                raise ValidationError({"video_url": _("Enter a YouTube or Vimeo address.")})
            if not self.video_title:
                # keyed on the address: the title's form fields are per language
                raise ValidationError({"video_url": _("Give the video a title.")})

    @property
    def video(self) -> dict | None:
        """The video as the shared video block's template expects it ({url, title}), or None."""
        if not self.video_url:
            return None
        return {"url": self.video_url, "title": self.video_title or self.title}

    def discussed_in(self) -> list[ToolkitChapterPage]:
        """Return the live toolkit chapters whose "see it in practice" blocks show this practice, each with
        what a link to it needs (`ToolkitChapterPage.link_columns`); 1 query."""
        if self.pk is None:  # a preview before the first save
            return []
        chapters = ToolkitChapterPage.objects.live().public().filter(practice_citations__practice=self)
        return list(chapters.distinct().only(*ToolkitChapterPage.link_columns()))

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `gallery` (images with renditions), `theme_list`, `discussed_in` and `showcase` (the index)."""
        context = super().get_context(request, *args, **kwargs)

        def related() -> dict:
            renditions = get_image_model().get_rendition_model().objects.all()
            gallery = self.gallery_images.select_related("image").prefetch_related(
                Prefetch("image__renditions", queryset=renditions)
            )
            return {
                "gallery": list(gallery),
                "theme_list": list(self.themes.all()),
                "discussed_in": self.discussed_in(),
                "showcase": self.get_parent(),
            }

        context.update(self.kept(request, "related", related))
        return context


class GoodPracticeImage(CaptionedImage):
    """An image of a good practice; its credit and licence come from the image itself."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="gallery_images")

    class Meta(CaptionedImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PracticeCitation(models.Model):
    """A toolkit chapter citing a good practice in a "see it in practice" block (kept in sync on save)."""

    chapter = models.ForeignKey(
        ToolkitChapterPage, on_delete=models.CASCADE, related_name="practice_citations"
    )
    practice = models.ForeignKey(GoodPracticePage, on_delete=models.CASCADE, related_name="citations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["chapter", "practice"], name="unique_practice_citation")
        ]

    def __str__(self) -> str:
        return f"{self.chapter_id} → {self.practice_id}"

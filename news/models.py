"""News and events (NewsIndexPage, NewsPage) and the downloads library (DownloadsPage)."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from clarinet_site.blocks import BaseStreamBlock
from clarinet_site.languages import (
    current_language,
    format_date_range,
    language_codes,
    local_name,
    shows_fallback,
)
from clarinet_site.listing import paginate
from clarinet_site.models import BasePage, CustomDocument, Theme
from clarinet_site.queries import listed_in, public_documents, with_listing_images, worth_filtering

from .filters import EVERY_LANGUAGE, DocumentFilterSet, NewsFilterSet
from .queries import matching_documents

# The page types a news item can be "about": the campaigns app's trainings and local campaigns.
RELATED_PAGE_TYPES = ("campaigns.TrainingPage", "campaigns.CampaignPage")
NEWS_PER_PAGE = 12
# A document is one line of a list, not a card: a page holds more of them.
DOCUMENTS_PER_PAGE = 20


class NewsPageQuerySet(PageQuerySet):
    """Query helpers for news pages: the event's last day and the upcoming / past split."""

    def with_event_last_day(self):
        """Annotate `event_last_day`: the event's end date, else its start date, else NULL (not an event)."""
        return self.annotate(event_last_day=Coalesce("event_end", "event_start"))

    def upcoming_events(self, today=None):
        """Return the events whose last day is today or later, soonest first."""
        today = today or timezone.localdate()
        return self.with_event_last_day().filter(event_last_day__gte=today).order_by("event_start", "pk")

    def not_upcoming(self, today=None):
        """Return plain news and past events, newest publication date first."""
        today = today or timezone.localdate()
        return (
            self.with_event_last_day()
            .filter(Q(event_last_day__isnull=True) | Q(event_last_day__lt=today))
            .order_by("-date", "-pk")
        )


class NewsIndexPage(BasePage):
    """News and events of the project: upcoming events first, then news, filtered by theme and year."""

    available_fields = ("title", "intro")

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `filterset` (a NewsFilterSet), `upcoming` events and the paginated `news_page`.

        GET parameters `theme` (a theme slug) and `year` (a publication year) are checked against the values
        that exist (`news.filters`); `page` follows the listing kit's paging rule. Upcoming events are listed
        only on the first page.
        """
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        news = listed_in(NewsPage.objects.child_of(self).live().public())

        def facets() -> tuple[list[Theme], list[int]]:
            themes = sorted(Theme.objects.filter(news_pages__in=news).distinct(), key=lambda theme: theme.name)
            return themes, [day.year for day in news.dates("date", "year", order="DESC")]

        themes, years = self.kept(request, "facets", facets)
        filterset = NewsFilterSet(
            request.GET,
            news,
            choices={"theme": [(t.slug, t.name) for t in themes], "year": [(year, year) for year in years]},
            option_langs={"theme": {t.slug: "en" for t in themes if shows_fallback(t, "name")}},
        )
        news_page = paginate(
            lambda: with_listing_images(filterset.qs.not_upcoming(), "themes"),
            request.GET,
            NEWS_PER_PAGE,
            key=(self.pk, today),
        )
        upcoming = []
        if news_page.number == 1:
            upcoming = self.kept(
                request,
                "upcoming",
                lambda: list(with_listing_images(filterset.qs.upcoming_events(today), "themes")),
                today,
                request.GET.urlencode(),
            )
        context.update(
            filterset=filterset,
            selected_theme=filterset.display("theme"),
            selected_year=filterset.values.get("year"),
            show_filters=worth_filtering(news_page.paginator.count + len(upcoming), filterset.active),
            upcoming=upcoming,
            news_page=news_page,
            today=today,
        )
        return context


class NewsPage(BasePage):
    """A news item; with a start date it is also an event, "upcoming" until its last day has passed."""

    search_type_name = pgettext_lazy("search result type", "News")

    available_fields = ("title", "intro", "body")

    date = models.DateField(
        _("publication date"), default=timezone.localdate, help_text=_("Listings show the newest date first.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="news_pages")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("campaign or training"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The campaign or training this news is about, if any."),
    )
    event_start = models.DateField(
        _("event start"), null=True, blank=True, help_text=_("Fill in only if this news is about an event.")
    )
    event_end = models.DateField(
        _("event end"), null=True, blank=True, help_text=_("Leave empty for a one-day event.")
    )
    event_place = models.CharField(
        _("event place"), max_length=200, blank=True, help_text=_("Town and venue, without the country.")
    )
    event_country = CountryField(
        _("event country"), blank=True, help_text=_("Shown after the place, in the visitor's language.")
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        PageChooserPanel("related_page", list(RELATED_PAGE_TYPES)),
        MultiFieldPanel(
            [
                FieldPanel("event_start"),
                FieldPanel("event_end"),
                FieldPanel("event_place"),
                FieldPanel("event_country"),
            ],
            heading=_("Event details"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def clean(self) -> None:
        """Raise ValidationError when the event details are incomplete or end before they start, or when the
        related page is not a training or campaign page (the chooser offers only those; this also guards
        pages built in code)."""
        super().clean()
        if (self.event_end or self.event_place or self.event_country) and not self.event_start:
            raise ValidationError({"event_start": _("An event needs a start date.")})
        if self.event_start and self.event_end and self.event_end < self.event_start:
            raise ValidationError({"event_end": _("The event cannot end before it starts.")})
        if self.related_page and self.related_page.specific_class._meta.label not in RELATED_PAGE_TYPES:
            raise ValidationError({"related_page": _("Choose a training or a campaign page.")})

    @property
    def is_event(self) -> bool:
        """True when the page has event details (a start date)."""
        return self.event_start is not None

    @property
    def event_dates_display(self) -> str:
        """The event's dates in the current language, e.g. "1–3 October 2021" ("" when not an event)."""
        return format_date_range(self.event_start, self.event_end) if self.event_start else ""

    @property
    def event_place_display(self) -> str:
        """Where the event took place, the country named in the current language: "Procida, Olaszország"."""
        return ", ".join(filter(None, [self.event_place, str(self.event_country.name)]))

    def is_upcoming(self, today=None) -> bool:
        """True for an event whose last day is `today` (default: the site's local date) or later."""
        if not self.is_event:
            return False
        return (self.event_end or self.event_start) >= (today or timezone.localdate())

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `page_themes`, `index_url` and the live `related` campaign or training page (specific), if any."""
        context = super().get_context(request, *args, **kwargs)

        def related() -> dict:
            page = self.related_page
            return {
                "index_url": self.get_parent().get_url(request),
                "related": page.specific if page and page.live else None,
                "page_themes": list(self.themes.all()),
            }

        context.update(self.kept(request, "related", related))
        return context


def document_query(request: HttpRequest) -> str:
    """Return the downloads search's words from the `q` GET parameter: control characters (NUL) removed,
    cut to the site search's length limit."""
    from clarinet_site.search.views import MAX_QUERY_LENGTH, printable

    return printable(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]


class DownloadsPage(BasePage):
    """The library of the project's documents, filtered by type, language and year.

    Documents in a collection with a view restriction (or under one) are never listed; Wagtail's document
    serve view refuses them to visitors as well.
    """

    available_fields = ("title", "intro")
    #: The site search files documents under this page's section (clarinet_site.search.indexing).
    is_document_library = True

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("downloads page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `filterset` (a DocumentFilterSet), `applied_filters` ((label, value) pairs, the default
        language included) and the paginated `documents_page`.

        GET parameters `type`, `language` and `year` are checked against known values and ignored when they
        match nothing (`news.filters`); without a language, the documents in the visitor's language and
        English are listed. `q` keeps the documents whose title or description holds its words (any language).
        `page` follows the listing kit's paging rule.
        """
        context = super().get_context(request, *args, **kwargs)
        documents = public_documents()
        language = current_language()
        default_languages = list(dict.fromkeys([language, settings.MODELTRANSLATION_DEFAULT_LANGUAGE]))
        if len(default_languages) == 1:
            default_label = local_name(language)
        else:
            default_label = _("%(language)s and English") % {"language": local_name(language)}

        def facets() -> tuple[list[int], int]:
            years = documents.exclude(year=None).order_by("-year").values_list("year", flat=True).distinct()
            return list(years), documents.count()

        years, total = self.kept(request, "facets", facets)
        filterset = DocumentFilterSet(
            request.GET,
            documents,
            choices={
                "type": CustomDocument.DocumentType.choices,
                "language": [
                    (EVERY_LANGUAGE, _("All languages")),
                    *((code, local_name(code)) for code in language_codes() if [code] != default_languages),
                ],
                "year": [(year, year) for year in years],
            },
            option_langs={"language": {code: code for code in language_codes()}},
            default_languages=default_languages,
            default_label=default_label,
        )
        applied = [(item.label, item.display) for item in filterset.applied]
        if "language" not in filterset.values:
            applied.insert(1 if "type" in filterset.values else 0, (_("Language"), default_label))
        query = document_query(request)
        if query:
            applied.append((_("Search"), query))

        def listed() -> models.QuerySet:
            documents = matching_documents(filterset.qs, query) if query else filterset.qs
            return documents.order_by(models.F("year").desc(nulls_last=True), "title", "pk")

        documents_page = paginate(listed, request.GET, DOCUMENTS_PER_PAGE, key=(self.pk,))
        context.update(
            filterset=filterset,
            query=query,
            applied_filters=applied,
            every_language_url=f"?language={EVERY_LANGUAGE}",
            documents_page=documents_page,
            # the default hides the other languages' documents: the form is the way to them
            show_filters=worth_filtering(
                total, bool(query) or filterset.active or total > documents_page.paginator.count
            ),
        )
        return context

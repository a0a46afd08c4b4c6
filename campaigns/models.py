"""Training and campaign pages: the training programmes for border local authorities, and the local campaigns
and artist residencies they prepared."""

import html
from datetime import date
from itertools import chain

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, QuerySet
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from clarinet_site.blocks import BaseStreamBlock
from clarinet_site.languages import DatePrecision, current_language, format_date_range
from clarinet_site.listing import paginate
from clarinet_site.models import BasePage, CaptionedImage, CustomImage
from clarinet_site.queries import in_active_language, listed_in, with_listing_images, worth_filtering

from .blocks import (
    ActivityStreamBlock,
    AudienceFigureBlock,
    GuestSpeakerBlock,
    PhaseStreamBlock,
    TrainingModuleBlock,
    VideoStreamBlock,
    dated_block_text,
)
from .filters import DatedPageFilterSet, country_choices, years_covered
from .ical import CalendarEntry, calendar_response, month_end, uid_for

# Time zone of the place of a training or activity, by country; other countries use the site's TIME_ZONE.
COUNTRY_TIME_ZONES = {
    "IT": "Europe/Rome",
    "AT": "Europe/Vienna",
    "SI": "Europe/Ljubljana",
    "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest",
    "RO": "Europe/Bucharest",
    "BG": "Europe/Sofia",
    "GR": "Europe/Athens",
    "CY": "Europe/Nicosia",
}
PAST_PER_PAGE = 12


def country_time_zone(country_code: str) -> str:
    """Return the IANA time zone of `country_code` (e.g. "Europe/Budapest" for "HU"), else settings.TIME_ZONE."""
    return COUNTRY_TIME_ZONES.get(country_code or "", settings.TIME_ZONE)


def plain_text(value) -> str:
    """Return the text of a rich-text value without tags or entities (for calendar descriptions)."""
    return html.unescape(strip_tags(str(value or ""))).strip()


def related_news(page: Page) -> list:
    """Return the live news pages about `page` (a training or campaign), newest first.

    The news app points at campaigns and trainings, not the other way round, so the model is looked up
    lazily to keep the apps free of an import cycle.
    """
    news_page = apps.get_model("news", "NewsPage")
    news = listed_in(news_page.objects.live().public().filter(related_page=page))
    return list(in_active_language(news).order_by("-date", "-pk"))


class DatedPage(models.Model):
    """Start and end dates whose day may be unknown (month precision), as for "December 2020 – 12 February 2021".

    A month-precision start is stored as the month's first day and a month-precision end as its last day,
    so that "upcoming" and year filters compare whole months.
    """

    start_date = models.DateField(_("start date"))
    start_precision = models.CharField(
        _("start date known to the"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty for one day."))
    end_precision = models.CharField(
        _("end date known to the"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )

    date_panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_precision")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_precision")]),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Save, storing month-precision dates as the first (start) or last (end) day of their month."""
        if self.start_date and self.start_precision == DatePrecision.MONTH:
            self.start_date = self.start_date.replace(day=1)
        if self.end_date and self.end_precision == DatePrecision.MONTH:
            self.end_date = month_end(self.end_date)
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        """Raise ValidationError on `end_date` when the end comes before the start."""
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date must not come before the start date.")})

    @property
    def dates_display(self) -> str:
        """The dates in the active language, e.g. "1–3 October 2021"."""
        return format_date_range(self.start_date, self.end_date, self.start_precision, self.end_precision)

    @property
    def last_day(self):
        """The last day covered (the start date for a one-day page)."""
        return self.end_date or self.start_date

    @property
    def time_zone(self) -> str:
        """The IANA time zone of the page's country."""
        return country_time_zone(self.country.code)

    def content_language(self, field_name: str) -> str:
        """Return the code of the language `field_name` is shown in: the active one, or English when it falls back."""
        code = current_language()
        if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE and not getattr(
            self, f"{field_name}_{code}", None
        ):
            return settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        return code


class TrainingIndexPage(RoutablePageMixin, BasePage):
    """The training programmes run for border local authorities: upcoming and past, by country and year."""

    available_fields = ("title", "intro")

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types = ["campaigns.TrainingPage"]
    max_count = 1

    class Meta:
        verbose_name = _("training index page")

    def trainings(self):
        """Return the live, public trainings under this page."""
        return listed_in(TrainingPage.objects.child_of(self).live().public())

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `filterset` (a DatedPageFilterSet), `upcoming` (list), `past` (a paginator page) and
        `calendar_url` (the feed of upcoming trainings).

        The number of queries does not depend on the number of trainings listed.
        """
        context = super().get_context(request, *args, **kwargs)
        trainings = self.trainings()
        facets = self.kept(request, "facets", lambda: list(trainings.values_list("country", "start_date", "end_date")))
        years = years_covered((start, end) for _country, start, end in facets)
        filterset = DatedPageFilterSet(
            request.GET,
            trainings,
            choices={
                "country": country_choices({country for country, _start, _end in facets}),
                "year": [(year, year) for year in sorted(years, reverse=True)],
            },
        )

        def listed() -> QuerySet:
            return (
                with_listing_images(filterset.qs)
                .select_related("host_authority", "organising_partner")
                .annotate(last=Coalesce("end_date", "start_date"))
            )

        today = timezone.localdate()
        context.update(
            filterset=filterset,
            show_filters=worth_filtering(len(facets), filterset.active),
            upcoming=self.kept(
                request,
                "upcoming",
                lambda: list(listed().filter(last__gte=today).order_by("start_date", "pk")),
                today,
                request.GET.urlencode(),
            ),
            past=paginate(
                lambda: listed().filter(last__lt=today).order_by("-start_date", "pk"),
                request.GET,
                PAST_PER_PAGE,
                key=(self.pk, today),
            ),
            calendar_url=self.url + self.reverse_subpage("calendar"),
        )
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request: HttpRequest) -> HttpResponse:
        """Return the iCalendar feed of the upcoming trainings (those not yet over)."""
        trainings = self.trainings().annotate(last=Coalesce("end_date", "start_date"))
        upcoming = trainings.filter(last__gte=timezone.localdate()).order_by("start_date")
        entries = [training.calendar_entry(request) for training in upcoming]
        code = current_language()
        return calendar_response(entries, f"{self.title} – CLARINET", code, f"{self.slug_en}-upcoming")


class TrainingMaterial(Orderable):
    """A document used in or produced by a training (slides, exercises, handouts)."""

    page = ParentalKey("campaigns.TrainingPage", on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("training material")
        verbose_name_plural = _("training materials")


class TrainingPage(RoutablePageMixin, DatedPage, BasePage):  # noqa: DJ008 - Page.__str__ gives the title
    """One training programme for the staff of a border local authority."""

    search_type_name = pgettext_lazy("search result type", "Training")

    available_fields = ("title", "intro", "body")

    country = CountryField(_("country"))
    host_authority = models.ForeignKey(
        "clarinet_site.PartnerOrganisation",
        verbose_name=_("host local authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organising_partner = models.ForeignKey(
        "clarinet_site.PartnerOrganisation",
        verbose_name=_("organising partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("Place, or leave empty if online.")
    )
    online = models.BooleanField(
        _("online"), default=False, help_text=_("Tick if sessions took place online.")
    )
    participants = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True, help_text=_("Leave empty if not known.")
    )
    modules = StreamField([("module", TrainingModuleBlock())], verbose_name=_("modules"), blank=True)
    methods = StreamField(
        [("method", blocks.CharBlock(label=_("Method"), max_length=200))],
        verbose_name=_("methods"),
        blank=True,
        help_text=_("For example: lectures, case studies, group exercises."),
    )
    speakers = StreamField([("speaker", GuestSpeakerBlock())], verbose_name=_("guest speakers"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("about the training"), blank=True)
    outcomes = StreamField(BaseStreamBlock(), verbose_name=_("outcomes"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("host_authority"),
                FieldPanel("organising_partner"),
                *DatedPage.date_panels,
                FieldRowPanel([FieldPanel("venue"), FieldPanel("online")]),
                FieldPanel("participants"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("body"),
        FieldPanel("modules"),
        FieldPanel("methods"),
        FieldPanel("speakers"),
        InlinePanel("materials", label=_("Materials"), heading=_("Materials")),
        FieldPanel("outcomes"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.FilterField("country"),
    ]

    parent_page_types = ["campaigns.TrainingIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("training page")

    @property
    def place_display(self) -> str:
        """Where the training took place, e.g. "Constanța, Romania" or "Online, Romania"."""
        where = self.venue or (str(_("Online")) if self.online else "")
        return ", ".join(filter(None, [where, str(self.country.name)]))

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `materials` (documents, in order), `campaigns` (live campaigns it prepared) and `calendar_url`
        (None once the training is over: a past date has no place in a calendar)."""
        context = super().get_context(request, *args, **kwargs)

        def related() -> dict:
            campaigns = listed_in(CampaignPage.objects.live().public().filter(training=self))
            return {
                "materials": [material.document for material in self.materials.select_related("document")],
                "campaigns": list(in_active_language(campaigns).order_by("start_date")),
                "related_news": related_news(self),
            }

        context.update(self.kept(request, "related", related))
        context["calendar_url"] = (
            self.url + self.reverse_subpage("calendar") if self.last_day >= timezone.localdate() else None
        )
        return context

    def calendar_entry(self, request: HttpRequest) -> CalendarEntry:
        """Return the training as a calendar entry (all-day, in the active language or its English fallback)."""
        place = str(_("Online")) if self.online and not self.venue else self.venue
        return CalendarEntry(
            uid=uid_for("training", self.pk),
            summary=self.title,
            start=self.start_date,
            end=self.end_date,
            start_precision=self.start_precision,
            end_precision=self.end_precision,
            location=place,
            # the calendar needs whole days; the text keeps the dates as they are known ("December 2020 – ...")
            description="\n\n".join(
                filter(None, [self.dates_display, self.intro, self.get_full_url(request)])
            ),
            url=self.get_full_url(request),
            time_zone=self.time_zone,
            language=self.content_language("title"),
        )

    @path("calendar/", name="calendar")
    def calendar(self, request: HttpRequest) -> HttpResponse:
        """Return the training as an iCalendar file to download."""
        code = current_language()
        return calendar_response([self.calendar_entry(request)], self.title, code, self.slug_en)


class CampaignIndexPage(RoutablePageMixin, BasePage):
    """The local communication campaigns and artist residencies: an overview by country, filters by country
    and year, and a calendar feed of the upcoming activities."""

    available_fields = ("title", "intro")

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count = 1

    class Meta:
        verbose_name = _("campaign index page")

    def campaigns(self):
        """Return the live, public campaigns under this page."""
        return listed_in(CampaignPage.objects.child_of(self).live().public())

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `filterset` (a DatedPageFilterSet), `overview` (per country: name, code, towns) and
        `campaigns` (a paginator page), `calendar_url`, `has_upcoming`. The number of queries does not depend on the number of campaigns."""
        context = super().get_context(request, *args, **kwargs)
        campaigns = self.campaigns()

        def facets() -> list[tuple[str, str, date, date | None, date]]:
            # (country code, town, start, end, last day) of each campaign: plain values, cheap to keep
            every = campaigns.defer_streamfields().order_by("town")
            return [(page.country.code, page.town, page.start_date, page.end_date, page.last_day) for page in every]

        every = self.kept(request, "facets", facets)
        years = years_covered((start, end) for _code, _town, start, end, _last in every)
        codes = {code for code, *_rest in every}
        filterset = DatedPageFilterSet(
            request.GET,
            campaigns,
            choices={
                "country": country_choices(codes),
                "year": [(year, year) for year in sorted(years, reverse=True)],
            },
        )
        overview = {code: {"code": code, "name": name, "towns": []} for code, name in country_choices(codes)}
        for code, town, *_dates in every:
            overview[code]["towns"].append(town)

        def listed() -> QuerySet:
            return (
                with_listing_images(filterset.qs)
                .defer_streamfields()
                .select_related("local_authority")
                .order_by("-start_date", "pk")
            )

        context.update(
            filterset=filterset,
            show_filters=worth_filtering(len(every), filterset.active),
            overview=list(overview.values()),
            campaigns=paginate(listed, request.GET, PAST_PER_PAGE, key=(self.pk,)),
            calendar_url=self.url + self.reverse_subpage("calendar"),
            # the feed holds upcoming activities only: offered while some campaign is not over
            has_upcoming=any(last >= timezone.localdate() for *_values, last in every),
        )
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request: HttpRequest) -> HttpResponse:
        """Return the iCalendar feed of the campaigns' upcoming dated activities."""
        today = timezone.localdate()
        campaigns = self.campaigns().annotate(last=Coalesce("end_date", "start_date")).filter(last__gte=today)
        entries = chain.from_iterable(campaign.calendar_entries(request) for campaign in campaigns)
        upcoming = sorted(
            (entry for entry in entries if entry.last_day >= today), key=lambda entry: entry.start
        )
        code = current_language()
        return calendar_response(upcoming, f"{self.title} – CLARINET", code, f"{self.slug_en}-upcoming")


class CampaignGalleryImage(CaptionedImage):
    """An image of the campaign's gallery, with a caption; the credit comes from the image."""

    page = ParentalKey("campaigns.CampaignPage", on_delete=models.CASCADE, related_name="gallery_images")

    class Meta(CaptionedImage.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class CampaignPage(RoutablePageMixin, DatedPage, BasePage):  # noqa: DJ008 - Page.__str__ gives the title
    """A local communication campaign run by a border local authority, often with an artist residency,
    in three phases: preparation, implementation and evaluation."""

    search_type_name = pgettext_lazy("search result type", "Campaign")

    available_fields = ("title", "intro", "body")

    country = CountryField(_("country"))
    town = models.CharField(_("town"), max_length=120)
    local_authority = models.ForeignKey(
        "clarinet_site.PartnerOrganisation",
        verbose_name=_("local authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty if the local authority is not a partner of the project."),
    )
    partners = ParentalManyToManyField(
        "clarinet_site.PartnerOrganisation",
        verbose_name=_("partners"),
        blank=True,
        related_name="campaign_pages",
    )
    theme = models.CharField(_("theme"), max_length=200, blank=True, help_text=_("For example: solidarity."))
    training = models.ForeignKey(
        "campaigns.TrainingPage",
        verbose_name=_("training"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The training that prepared the campaign."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("about the campaign"), blank=True)
    preparation = StreamField(PhaseStreamBlock(), verbose_name=_("preparation"), blank=True)
    implementation = StreamField(PhaseStreamBlock(), verbose_name=_("implementation"), blank=True)
    evaluation = StreamField(PhaseStreamBlock(), verbose_name=_("evaluation"), blank=True)
    activities = StreamField(
        ActivityStreamBlock(),
        verbose_name=_("activities"),
        blank=True,
        help_text=_("Dated events and artist residencies; visitors can add each one to their calendar."),
    )
    audience = StreamField(
        [("figure", AudienceFigureBlock())], verbose_name=_("audience reached"), blank=True
    )
    video = StreamField(VideoStreamBlock(), verbose_name=_("video"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("town")]),
                FieldPanel("local_authority"),
                FieldPanel("partners"),
                *DatedPage.date_panels,
                FieldPanel("theme"),
                FieldPanel("training"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("preparation"), FieldPanel("implementation"), FieldPanel("evaluation")],
            heading=_("Phases"),
        ),
        FieldPanel("activities"),
        FieldPanel("audience"),
        InlinePanel("gallery_images", label=_("Gallery images"), heading=_("Gallery")),
        FieldPanel("video"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("town"),
        index.SearchField("body"),
        index.SearchField("activities"),
        index.FilterField("country"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("campaign page")

    @property
    def place_display(self) -> str:
        """Where the campaign took place, e.g. "Kásád, Hungary"."""
        return ", ".join(filter(None, [self.town, str(self.country.name)]))

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `gallery` (images with renditions prefetched), `partners`, `training` (live or None) and
        `activities` ((block, URL of its calendar file, or None for an activity that is over) pairs)."""
        context = super().get_context(request, *args, **kwargs)

        def related() -> dict:
            training = self.training
            return {
                "partners": list(self.partners.all()),
                "related_news": related_news(self),
                "training": training if training and training.live else None,
            }

        def gallery() -> list:
            images = self.gallery_images.prefetch_related(
                Prefetch("image", queryset=CustomImage.objects.prefetch_renditions())
            )
            return list(images)

        context.update(self.kept(request, "related", related))
        # Read only when the template renders the gallery anew (it is kept rendered: fragment_cache).
        context["gallery"] = SimpleLazyObject(lambda: self.kept(request, "gallery", gallery))
        today = timezone.localdate()
        context["activities"] = [
            (
                block,
                self.url + self.reverse_subpage("activity_calendar", args=[block.id])
                if self.activity_entry(block, request, "").last_day >= today
                else None,
            )
            for block in self.activities
        ]
        return context

    def calendar_entries(self, request: HttpRequest) -> list[CalendarEntry]:
        """Return one calendar entry per activity, in the active language (or its English fallback)."""
        language = self.content_language("activities")
        return [self.activity_entry(block, request, language) for block in self.activities]

    def activity_entry(self, block, request: HttpRequest, language: str) -> CalendarEntry:
        """Return the calendar entry of one activity block (an event or a residency)."""
        value = block.value
        description = plain_text(value.get("description") or value.get("concept"))
        return CalendarEntry(
            uid=uid_for("campaign-activity", block.id),
            summary=f"{value['title']} ({self.town})",
            start=value["start_date"],
            end=value.get("end_date"),
            start_precision=value.get("start_precision") or DatePrecision.DAY,
            end_precision=value.get("end_precision") or DatePrecision.DAY,
            start_time=value.get("start_time"),
            end_time=value.get("end_time"),
            location=value.get("place", ""),
            description="\n\n".join(
                filter(None, [dated_block_text(value), description, self.get_full_url(request)])
            ),
            url=self.get_full_url(request),
            time_zone=self.time_zone,
            language=language,
        )

    @path("calendar/<uuid:block_id>/", name="activity_calendar")
    def activity_calendar(self, request: HttpRequest, block_id) -> HttpResponse:
        """Return one activity as an iCalendar file; raise Http404 for an id that is not an activity here."""
        for block in self.activities:
            if block.id == str(block_id):
                entry = self.activity_entry(block, request, self.content_language("activities"))
                return calendar_response(
                    [entry],
                    entry.summary,
                    current_language(),
                    f"{self.slug_en}-{block.value['title']}",
                )
        raise Http404("No such activity")

"""StreamField blocks of training and campaign pages; each block has its own template in templates/campaigns/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from clarinet_site.blocks import RICH_TEXT_FEATURES, VideoBlock
from clarinet_site.languages import DatePrecision, format_date_range

PRECISION_CHOICES = DatePrecision.choices


class TrainingModuleBlock(blocks.StructBlock):
    """One module of a training programme: its topic (one of the three CLARINET topics, or another) and content."""

    TOPICS = [
        ("social_media", _("Social media")),
        ("campaign_tools", _("Campaign tools")),
        ("public_appearance", _("Public appearance")),
        ("other", _("Other topic")),
    ]

    topic = blocks.ChoiceBlock(label=_("Topic"), choices=TOPICS, default="social_media")
    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=200, help_text=_("Leave empty to use the topic's name.")
    )
    description = blocks.RichTextBlock(label=_("Description"), required=False, features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ul"
        template = "campaigns/blocks/training_module_block.html"
        label = _("Module")
        description = _("A module of the training and what it covered")

    def get_context(self, value, parent_context=None):
        """Add `topic_label`, the topic's name in the active language."""
        context = super().get_context(value, parent_context=parent_context)
        context["topic_label"] = dict(self.TOPICS).get(value.get("topic"), "")
        return context


class GuestSpeakerBlock(blocks.StructBlock):
    """A guest speaker named by role (never a private person's name) and where they come from."""

    role = blocks.CharBlock(
        label=_("Role"), max_length=200, help_text=_("For example: communication officer.")
    )
    origin = blocks.CharBlock(
        label=_("From"),
        required=False,
        max_length=200,
        help_text=_("Town or organisation the speaker came from."),
    )

    class Meta:
        icon = "user"
        template = "campaigns/blocks/guest_speaker_block.html"
        label = _("Guest speaker")


class DatedBlockMixin:
    """Validation shared by blocks with `start_date`/`end_date` and their precisions."""

    def clean(self, value):
        """Return the cleaned value; raise StructBlockValidationError when the end comes before the start."""
        value = super().clean(value)
        start, end = value.get("start_date"), value.get("end_date")
        if start and end and end < start:
            message = ValidationError(_("The end date must not come before the start date."))
            raise StructBlockValidationError(block_errors={"end_date": message})
        return value


class EventBlock(DatedBlockMixin, blocks.StructBlock):
    """A dated campaign activity (a public event, a workshop, a screening) with its place.

    A time of day is optional; with one, the calendar file gives the time in the place's time zone,
    without one the event lasts whole days.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    start_date = blocks.DateBlock(label=_("Date"))
    end_date = blocks.DateBlock(
        label=_("End date"), required=False, help_text=_("Only for events of several days.")
    )
    start_time = blocks.TimeBlock(label=_("Start time"), required=False)
    end_time = blocks.TimeBlock(label=_("End time"), required=False)
    place = blocks.CharBlock(label=_("Place"), max_length=200)
    description = blocks.RichTextBlock(label=_("Description"), required=False, features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "date"
        template = "campaigns/blocks/event_block.html"
        label = _("Event")
        description = _("A dated activity; visitors can add it to their calendar")

    def clean(self, value):
        """Return the cleaned value; raise StructBlockValidationError on an end time without a start time."""
        value = super().clean(value)
        if value.get("end_time") and not value.get("start_time"):
            message = ValidationError(_("Give a start time too, or leave the end time empty."))
            raise StructBlockValidationError(block_errors={"start_time": message})
        return value


class ArtistBlock(blocks.StructBlock):
    """An artist of a residency, by role (no private person's name) and discipline."""

    role = blocks.CharBlock(label=_("Role"), max_length=200, help_text=_("For example: a local painter."))
    discipline = blocks.CharBlock(label=_("Discipline"), required=False, max_length=120)

    class Meta:
        icon = "user"
        label = _("Artist")


class TimelineStepBlock(DatedBlockMixin, blocks.StructBlock):
    """One step of a residency's timeline; the day may be unknown (month precision)."""

    start_date = blocks.DateBlock(label=_("Start date"))
    start_precision = blocks.ChoiceBlock(
        label=_("Start date known to the"), choices=PRECISION_CHOICES,
        default=DatePrecision.DAY,
        search_index=False,  # how well a date is known, not text
    )
    end_date = blocks.DateBlock(label=_("End date"), required=False)
    end_precision = blocks.ChoiceBlock(
        label=_("End date known to the"), choices=PRECISION_CHOICES,
        default=DatePrecision.DAY,
        search_index=False,  # how well a date is known, not text
    )
    text = blocks.CharBlock(label=_("What happened"), max_length=300)

    class Meta:
        icon = "time"
        label = _("Timeline step")


class ResidencyBlock(DatedBlockMixin, blocks.StructBlock):
    """An artist residency: artists by role, disciplines, concept and timeline."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    start_date = blocks.DateBlock(label=_("Start date"))
    start_precision = blocks.ChoiceBlock(
        label=_("Start date known to the"), choices=PRECISION_CHOICES,
        default=DatePrecision.DAY,
        search_index=False,  # how well a date is known, not text
    )
    end_date = blocks.DateBlock(label=_("End date"), required=False)
    end_precision = blocks.ChoiceBlock(
        label=_("End date known to the"), choices=PRECISION_CHOICES,
        default=DatePrecision.DAY,
        search_index=False,  # how well a date is known, not text
    )
    place = blocks.CharBlock(label=_("Place"), max_length=200)
    artists = blocks.ListBlock(ArtistBlock(), label=_("Artists"))
    disciplines = blocks.CharBlock(
        label=_("Disciplines"), required=False, max_length=200, help_text=_("For example: painting, film.")
    )
    concept = blocks.RichTextBlock(label=_("Concept"), required=False, features=RICH_TEXT_FEATURES)
    timeline = blocks.ListBlock(TimelineStepBlock(), label=_("Timeline"), required=False)

    class Meta:
        icon = "image"
        template = "campaigns/blocks/residency_block.html"
        label = _("Artist residency")
        description = _("An artist residency: artists, concept and timeline")


class ActivityStreamBlock(blocks.StreamBlock):
    """The activities of a campaign: dated events and artist residencies."""

    event = EventBlock()
    residency = ResidencyBlock()


class AudienceFigureBlock(blocks.StructBlock):
    """A figure of the audience reached, with what it counts and where it comes from."""

    MEASURES = [
        ("participants", _("Participants")),
        ("online_reach", _("Online reach")),
        ("other", _("Other")),
    ]

    measure = blocks.ChoiceBlock(label=_("Measure"), choices=MEASURES, default="participants")
    number = blocks.IntegerBlock(label=_("Number"), min_value=0)
    at_least = blocks.BooleanBlock(
        label=_("At least"), required=False, help_text=_("Tick when the number is a minimum, e.g. '100+'.")
    )
    label = blocks.CharBlock(label=_("What was counted"), max_length=200)
    source = blocks.CharBlock(
        label=_("Source"),
        max_length=300,
        help_text=_("Where the figure comes from, e.g. registration sheets."),
    )

    class Meta:
        icon = "group"
        template = "campaigns/blocks/audience_figure_block.html"
        label = _("Audience figure")


class PhaseStreamBlock(blocks.StreamBlock):
    """The content of one campaign phase (preparation, implementation, evaluation)."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    step = blocks.StructBlock(
        [
            ("title", blocks.CharBlock(label=_("Title"), max_length=200)),
            ("text", blocks.RichTextBlock(label=_("Text"), required=False, features=RICH_TEXT_FEATURES)),
        ],
        label=_("Step"),
        icon="tick",
        template="campaigns/blocks/phase_step_block.html",
    )


class VideoStreamBlock(blocks.StreamBlock):
    """The campaign's videos (they load only when the visitor asks)."""

    video = VideoBlock()


def dated_block_text(value) -> str:
    """Return the date range of an event, residency or timeline-step block value in the active language."""
    return format_date_range(
        value["start_date"],
        value.get("end_date"),
        value.get("start_precision") or DatePrecision.DAY,
        value.get("end_precision") or DatePrecision.DAY,
    )

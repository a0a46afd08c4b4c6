"""StreamField blocks of the toolkit: tip, checklist, do/don't, "see it in practice", and headings with anchors.

Each block has its own template in templates/blocks/, prefixed `toolkit_`. The chooser blocks can read their
objects from a prefetched set (see `prefetch_stream_objects`), so that a page rendering many StreamFields (the
one-page toolkit) makes the same number of queries however many chapters and practices it shows.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from clarinet_site.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, HeadingBlock, ImageWithCaptionBlock

HEADING_LEVELS = [("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))]

# {model class: {primary key: instance}} of objects fetched in bulk for the StreamFields being converted.
_prefetched: ContextVar[dict[type[models.Model], dict[int, models.Model]] | None] = ContextVar(
    "toolkit_prefetched_stream_objects", default=None
)


class PrefetchedChooserMixin:
    """A chooser block that takes its objects from `prefetch_stream_objects` when they were fetched there.

    Outside such a block (the admin, previews) it queries as Wagtail's chooser blocks do.
    """

    def bulk_to_python(self, values):
        """Return the instances for the primary keys `values`, in order, None for a missing one."""
        known = (_prefetched.get() or {}).get(self.model_class)
        if known is not None and all(value in known for value in values if value is not None):
            return [known.get(value) for value in values]
        return super().bulk_to_python(values)


class PrefetchedImageChooserBlock(PrefetchedChooserMixin, ImageChooserBlock):
    """An image chooser whose images (with their renditions) can come from a bulk fetch."""


class GoodPracticeChooserBlock(PrefetchedChooserMixin, blocks.PageChooserBlock):
    """Chooses a good-practice page; its card data can come from a bulk fetch."""

    def __init__(self, **kwargs):
        super().__init__(page_type="toolkit.GoodPracticePage", **kwargs)


class ToolkitHeadingBlock(HeadingBlock):
    """A heading with an anchor; one-page rendering shifts its level by `heading_offset` (h2-h6, WCAG 1.3.1)."""

    class Meta:
        template = "blocks/toolkit_heading_block.html"


class ToolkitImageBlock(ImageWithCaptionBlock):
    """The shared image block, with an image chooser that can read prefetched images and renditions."""

    image = PrefetchedImageChooserBlock(label=_("Image"))


class TipBlock(blocks.StructBlock):
    """A short, practical piece of advice set apart from the text."""

    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=120, help_text=_('Leave empty to show just "Tip".')
    )
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/toolkit_tip_block.html"
        label = _("Tip")
        preview_value = {
            "title": "Start from a face, not a figure",
            "text": "<p>Open the campaign with one person's story; bring in the statistics after it.</p>",
        }
        description = _("A practical piece of advice, set apart from the text")


class ChecklistBlock(blocks.StructBlock):
    """A list of things to check before or during a campaign."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/toolkit_checklist_block.html"
        label = _("Checklist")
        preview_value = {
            "title": "Before you publish",
            "items": ["Did migrants speak for themselves?", "Is every figure sourced?"],
        }
        description = _("A list of things to check")


class DoDontBlock(blocks.StructBlock):
    """A pair of advice: what to do and what to avoid."""

    do = blocks.RichTextBlock(label=_("Do"), features=RICH_TEXT_FEATURES)
    dont = blocks.RichTextBlock(label=_("Don't"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "resubmit"
        template = "blocks/toolkit_do_dont_block.html"
        label = _("Do and don't")
        preview_value = {
            "do": "<p>Let people tell their own story, in their own words.</p>",
            "dont": "<p>Speak about migrants as a problem or a number.</p>",
        }
        description = _("What to do, side by side with what to avoid")


class PracticeCardsBlock(blocks.StructBlock):
    """Embeds cards of chosen good practices: "see it in practice"."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_('Leave empty to show "See it in practice".'),
    )
    level = blocks.ChoiceBlock(
        label=_("Heading level"), choices=HEADING_LEVELS, default="h3", search_index=False  # layout, not text
    )
    text = blocks.TextBlock(label=_("Text"), required=False)
    practices = blocks.ListBlock(
        GoodPracticeChooserBlock(label=_("Good practice")), label=_("Good practices"), min_num=1, max_num=6
    )

    class Meta:
        icon = "pick"
        template = "blocks/toolkit_practice_cards_block.html"
        label = _("See it in practice")
        description = _("Cards of good practices that show the advice at work")


class ToolkitStreamBlock(BaseStreamBlock):
    """The body blocks of a toolkit chapter: the shared blocks plus the toolkit's own."""

    heading = ToolkitHeadingBlock()
    image = ToolkitImageBlock()
    tip = TipBlock()
    checklist = ChecklistBlock()
    do_dont = DoDontBlock()
    practices = PracticeCardsBlock()


def _list_items(raw: list) -> Iterator:
    """Yield the values of a raw ListBlock value, in either of Wagtail's storage formats."""
    for item in raw or []:
        yield item.get("value") if isinstance(item, dict) and "type" in item else item


def referenced_ids(stream_values: Iterable[StreamValue]) -> tuple[set[int], set[int]]:
    """Return (image ids, good-practice ids) referenced by the raw data of `stream_values`; no query."""
    image_ids: set[int] = set()
    practice_ids: set[int] = set()
    for stream in stream_values:
        for item in stream.raw_data:
            value = item.get("value") or {}
            if item.get("type") == "image" and value.get("image"):
                image_ids.add(value["image"])
            elif item.get("type") == "practices":
                practice_ids.update(pk for pk in _list_items(value.get("practices")) if pk)
    return image_ids, practice_ids


@contextmanager
def _prefetched_objects(objects: dict[type[models.Model], dict[int, models.Model]]):
    token = _prefetched.set(objects)
    try:
        yield
    finally:
        _prefetched.reset(token)


def prefetch_stream_objects(stream_values: Iterable[StreamValue]) -> None:
    """Convert `stream_values` (toolkit StreamFields) now, with one query per kind of object they reference.

    Images come with their renditions and practices with their card data (listing image, renditions,
    themes), so rendering the blocks afterwards queries nothing more. Wagtail keeps the converted blocks in
    each StreamValue, so the later rendering (after the view returns) reuses them.
    """
    from toolkit.models import GoodPracticePage  # the models import this module

    stream_values = [stream for stream in stream_values if stream]
    image_ids, practice_ids = referenced_ids(stream_values)
    image_model = get_image_model()
    objects: dict[type[models.Model], dict[int, models.Model]] = {
        image_model: image_model.objects.prefetch_renditions().in_bulk(image_ids) if image_ids else {},
        GoodPracticePage: GoodPracticePage.objects.for_cards().in_bulk(practice_ids) if practice_ids else {},
    }
    with _prefetched_objects(objects):
        for stream in stream_values:
            for _block in stream:
                pass

"""modeltranslation registrations of the toolkit app (every page type, even with no own fields)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    GoodPracticeImage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    ToolkitChapterPage,
    ToolkitDownload,
    ToolkitPage,
)


@register(ToolkitPage)
class ToolkitPageTR(TranslationOptions):
    fields = ("body", "how_to_use")


@register(ToolkitDownload)
class ToolkitDownloadTR(TranslationOptions):
    # A document per language: an empty language falls back to the English document.
    fields = ("document", "label")


@register(ToolkitChapterPage)
class ToolkitChapterPageTR(TranslationOptions):
    fields = ("part", "body")


@register(GoodPracticeIndexPage)
class GoodPracticeIndexPageTR(TranslationOptions):
    fields = ("body",)


@register(GoodPracticePage)
class GoodPracticePageTR(TranslationOptions):
    fields = ("organisation", "city", "body", "video_title")


@register(GoodPracticeImage)
class GoodPracticeImageTR(TranslationOptions):
    fields = ("caption",)

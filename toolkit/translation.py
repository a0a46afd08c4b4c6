"""modeltranslation registrations of the toolkit app (every page type, even with no own fields)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import GoodPracticeIndexPage, ToolkitPage


@register(ToolkitPage)
class ToolkitPageTR(TranslationOptions):
    fields = ("body",)


@register(GoodPracticeIndexPage)
class GoodPracticeIndexPageTR(TranslationOptions):
    fields = ()

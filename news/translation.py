"""modeltranslation registrations of the news app (every page type, even with no own fields)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import DownloadsPage, NewsIndexPage, NewsPage


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ()


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("body", "event_place")


@register(DownloadsPage)
class DownloadsPageTR(TranslationOptions):
    fields = ()

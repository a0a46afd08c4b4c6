"""modeltranslation registrations of the campaigns app (every page type, even with no own fields)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CampaignIndexPage, TrainingIndexPage


@register(TrainingIndexPage)
class TrainingIndexPageTR(TranslationOptions):
    fields = ()


@register(CampaignIndexPage)
class CampaignIndexPageTR(TranslationOptions):
    fields = ()

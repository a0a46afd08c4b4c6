"""modeltranslation registrations of the campaigns app (every page type, even with no own fields)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CampaignGalleryImage, CampaignIndexPage, CampaignPage, TrainingIndexPage, TrainingPage


@register(TrainingIndexPage)
class TrainingIndexPageTR(TranslationOptions):
    fields = ()


@register(TrainingPage)
class TrainingPageTR(TranslationOptions):
    fields = ("venue", "modules", "methods", "speakers", "body", "outcomes")


@register(CampaignIndexPage)
class CampaignIndexPageTR(TranslationOptions):
    fields = ()


@register(CampaignPage)
class CampaignPageTR(TranslationOptions):
    fields = (
        "town",
        "theme",
        "body",
        "preparation",
        "implementation",
        "evaluation",
        "activities",
        "audience",
        "video",
    )


@register(CampaignGalleryImage)
class CampaignGalleryImageTR(TranslationOptions):
    fields = ("caption",)

"""modeltranslation registrations: a column per language for every translatable field of this app."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    BasePage,
    CustomDocument,
    CustomImage,
    HomePage,
    PartnerOrganisation,
    SiteSettings,
    StandardPage,
    Theme,
)


@register(BasePage)
class BasePageTR(TranslationOptions):
    fields = ("intro",)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("body", "sections_heading")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("body",)


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    # The credit can name a place or an organisation that reads differently in each language.
    fields = ("description", "credit")


@register(CustomDocument)
class CustomDocumentTR(TranslationOptions):
    fields = ("description",)


@register(PartnerOrganisation)
class PartnerOrganisationTR(TranslationOptions):
    fields = ("city", "description")


@register(Theme)
class ThemeTR(TranslationOptions):
    fields = ("name",)


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("project_full_name", "coordinator_role", "funding_statement", "disclaimer")

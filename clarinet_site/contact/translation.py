"""modeltranslation registrations of the contact page and its form fields."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ContactFormField, ContactPage


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("body", "thank_you_text")


@register(ContactFormField)
class ContactFormFieldTR(TranslationOptions):
    # Not clean_name: the storage key stays the same in every language.
    fields = ("label", "help_text", "choices")

"""Models of the site-wide app, one module per concern; imported here so Django finds them.

The contact form's models live in their own package (`clarinet_site.contact`) under this app's label.
"""

from clarinet_site.contact.models import ContactFormField, ContactPage, ContactSubmission

from .base import BasePage
from .cache import ContentGeneration
from .media import CaptionedImage, CustomDocument, CustomImage, CustomRendition
from .pages import HomePage, StandardPage
from .partners import PartnerOrganisation
from .search_index import SearchEntry
from .site_settings import SiteSettings
from .themes import Theme

__all__ = [
    "BasePage",
    "CaptionedImage",
    "ContactFormField",
    "ContactPage",
    "ContactSubmission",
    "ContentGeneration",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "HomePage",
    "PartnerOrganisation",
    "SearchEntry",
    "SiteSettings",
    "StandardPage",
    "Theme",
]

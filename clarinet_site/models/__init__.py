"""Models of the site-wide app, one module per concern; imported here so Django finds them."""

from .base import BasePage
from .media import CustomDocument, CustomImage, CustomRendition
from .pages import ContactPage, HomePage, StandardPage
from .partners import PartnerOrganisation
from .site_settings import SiteSettings
from .themes import Theme

__all__ = [
    "BasePage",
    "ContactPage",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "HomePage",
    "PartnerOrganisation",
    "SiteSettings",
    "StandardPage",
    "Theme",
]

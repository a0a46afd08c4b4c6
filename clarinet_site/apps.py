from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClarinetSiteConfig(AppConfig):
    """Site-wide pieces: home and standard pages, media models, partners, themes, site settings."""

    name = "clarinet_site"
    verbose_name = _("CLARINET site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from clarinet_site import lockouts, redirects, signals  # noqa: F401 - connects the handlers and hooks

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClarinetSiteConfig(AppConfig):
    """Site-wide pieces: home and standard pages, media models, partners, themes, site settings."""

    name = "clarinet_site"
    verbose_name = _("CLARINET site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from clarinet_site import language_hooks, redirects, signals  # noqa: F401 - connects the handlers
        from clarinet_site.contact import wagtail_hooks  # noqa: F401 - registers the admin hooks

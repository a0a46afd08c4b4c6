from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClarinetSiteConfig(AppConfig):
    """Site-wide pieces: home and standard pages, media models, partners, themes, site settings."""

    name = "clarinet_site"
    verbose_name = _("CLARINET site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from clarinet_site import redirects, signals  # noqa: F401 - connects the handlers
        from clarinet_site.contact import wagtail_hooks  # noqa: F401 - registers the admin hooks
        from clarinet_site.redirects import explain_redirect_paths
        from clarinet_site.site_root import register_root_page_validator

        register_root_page_validator()
        explain_redirect_paths()

from django.apps import AppConfig


class DatabaseSetupConfig(AppConfig):
    """Holds only the `migrate` command; listed first in INSTALLED_APPS so that its command wins."""

    name = "clarinet_site.dbsetup"
    label = "clarinet_dbsetup"
    verbose_name = "CLARINET database set-up"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News, events and the downloads library."""

    name = "news"
    verbose_name = _("News and downloads")
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    """The Positive Storytelling Toolkit and the good-practice showcase (CLARINET Award entries)."""

    name = "toolkit"
    verbose_name = _("Toolkit and good practices")
    default_auto_field = "django.db.models.BigAutoField"

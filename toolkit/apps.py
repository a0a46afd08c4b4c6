from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    """The Positive Storytelling Toolkit and the good-practice showcase (CLARINET Award entries)."""

    name = "toolkit"
    verbose_name = _("Toolkit and good practices")
    default_auto_field = "django.db.models.BigAutoField"
    # Found by the site-wide commands through the app registry (clarinet_site.app_contributions):
    skeleton = "skeleton.json"  # this section's index pages, created by `manage.py create_site`
    demo_content = "demo/content.json"  # loaded by `manage.py load_demo_content`

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Training programmes, local campaigns and artist residencies."""

    name = "campaigns"
    verbose_name = _("Trainings and campaigns")
    default_auto_field = "django.db.models.BigAutoField"
    # Found by the site-wide commands through the app registry (clarinet_site.app_contributions):
    skeleton = "skeleton.json"  # this section's index pages, created by `manage.py create_site`
    demo_content = "demo/content.json"  # loaded by `manage.py load_demo_content`

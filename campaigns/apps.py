from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Training programmes, local campaigns and artist residencies."""

    name = "campaigns"
    verbose_name = _("Trainings and campaigns")
    default_auto_field = "django.db.models.BigAutoField"

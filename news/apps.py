from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News, events and the downloads library."""

    name = "news"
    verbose_name = _("News and downloads")
    default_auto_field = "django.db.models.BigAutoField"
    # Found by the site-wide commands through the app registry (clarinet_site.app_contributions):
    skeleton = "skeleton.json"  # this section's index pages, created by `manage.py create_site`
    demo_content = "demo/content.json"  # loaded by `manage.py load_demo_content`
    demo_after = ("campaigns",)  # news items point to campaigns
    home_panel = "news/includes/home_panel.html"  # the latest news and the next event, on the home page

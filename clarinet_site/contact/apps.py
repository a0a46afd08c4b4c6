from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    """The contact form as its own app, so Django and Wagtail find its commands, hooks and translations.

    Its models keep the `clarinet_site` app label (`Meta.app_label`): their tables, content types and
    migrations stay those of the site-wide app.
    """

    name = "clarinet_site.contact"
    label = "clarinet_contact"
    verbose_name = _("Contact form")
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClarinetSiteConfig(AppConfig):
    """Site-wide pieces: home and standard pages, media models, partners, themes, site settings."""

    name = "clarinet_site"
    verbose_name = _("CLARINET site")
    default_auto_field = "django.db.models.BigAutoField"
    # The home and standard pages of the site skeleton (see clarinet_site.skeleton).
    skeleton = "skeleton.json"

    def ready(self) -> None:
        # Imported for their side effects: signal handlers, admin hooks and system checks.
        from clarinet_site import (  # noqa: F401
            admin_forms,
            base_language,
            content_changes,
            editor_hooks,
            language_hooks,
            lockouts,
            page_cache,
            redirects,
            request_memo,
            routing,
            signals,
            workflow_names,
        )
        from clarinet_site.contact import wagtail_hooks  # noqa: F401
        from clarinet_site.models import BasePage
        from clarinet_site.redirects import explain_redirect_paths
        from clarinet_site.search import tasks  # noqa: F401
        from clarinet_site.site_root import register_root_page_validator
        from clarinet_site.uploads import hooks, system_checks  # noqa: F401

        register_root_page_validator()
        workflow_names.install()
        explain_redirect_paths()
        page_models = _concrete_subclasses(BasePage)
        base_language.install(page_models)
        admin_forms.install(page_models)
        request_memo.install(page_models)
        routing.install()
        # wagtail-modeltranslation makes the English title and slug required in the model; a page may be
        # written in one language only (the page form requires the title in the language being edited).
        for name in ("title_en", "slug_en"):
            BasePage._meta.get_field(name).blank = True


def _concrete_subclasses(model) -> list:
    """Return every concrete subclass of `model`, at any depth."""
    found = []
    for subclass in model.__subclasses__():
        if not subclass._meta.abstract:
            found.append(subclass)
        found.extend(_concrete_subclasses(subclass))
    return found

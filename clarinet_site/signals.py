"""Signal handlers that keep per-language caches right when the site's structure changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from clarinet_site.languages import language_codes


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def clear_localized_site_root_paths(**kwargs) -> None:
    """Drop wagtail-modeltranslation's per-language site root paths, which it caches for an hour.

    Without this a changed site root keeps producing URLs under the old root until the cache expires.
    """
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code in language_codes()])

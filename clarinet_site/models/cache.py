"""The content generation: one number that changes whenever anything a visitor can see changes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentGeneration(models.Model):
    """A single row (pk 1) whose `value` grows by one with every change to public content.

    The page cache and the cached fragments of the page frame put the value into their cache keys
    (clarinet_site/page_cache.py), so a change makes every earlier entry unreachable at once, in every
    process, whatever cache each process uses. The row lives in the database because the database is
    what every app server shares, and the bump commits or rolls back with the change itself.
    """

    value = models.BigIntegerField(_("value"), default=0)

    class Meta:
        verbose_name = _("content generation")
        verbose_name_plural = _("content generations")

    def __str__(self) -> str:
        return str(self.value)

"""`migrate` that also completes wagtail-modeltranslation's per-language columns on Wagtail's page table.

wagtail-modeltranslation adds the `*_xx` columns of `wagtailcore_page` after Django's migrations; the pages
Wagtail's own migrations created (the tree root) then have empty English columns, which breaks URL paths.
This command runs that step and then copies each original value into its empty English column, so a fresh
database is complete after one `migrate --noinput`.
"""

from django.core.management import call_command
from wagtail_modeltranslation.management.commands.migrate_translation import Command as TranslationMigrate


class Command(TranslationMigrate):
    """Django's migrate, plus the page translation columns and their English values."""

    def handle(self, *args, **options):
        super().handle(*args, **options)
        database = options.get("database") or "default"
        if database == "default":
            call_command("update_translation_fields", verbosity=0)

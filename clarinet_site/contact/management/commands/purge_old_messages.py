"""`manage.py purge_old_messages`: delete contact messages older than the retention period (run daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from clarinet_site.contact.retention import purge_old_messages


class Command(BaseCommand):
    help = "Delete contact messages older than CONTACT_RETENTION_DAYS (default 365 days)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Keep this many days instead of CONTACT_RETENTION_DAYS ({settings.CONTACT_RETENTION_DAYS}).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is not None and days < 1:
            raise ValueError("--days must be at least 1")
        count = purge_old_messages(days, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {count} contact message(s).")

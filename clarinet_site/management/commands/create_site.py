"""`manage.py create_site`: build the site's skeleton on an empty database, without demo content.

Creates what is missing: the home page and the standard and section index pages in the 8 languages (each app's
`skeleton.json`), the default Site at the configured address, and the site settings' links to the privacy,
accessibility, legal and contact pages. Wagtail's "Welcome to your new Wagtail site!" page goes. Existing
pages are left as editors left them, so a second run changes nothing, and says so.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from clarinet_site.loading import load_run
from clarinet_site.skeleton import build_skeleton, missing_roles


class Command(BaseCommand):
    help = (
        "Create the missing skeleton of the site (home, standard and section pages in every language, the "
        "Site record); existing pages are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--host", help="The site's host name (default: from SITE_URL or WAGTAILADMIN_BASE_URL)."
        )
        parser.add_argument("--port", type=int, help="The site's port (default: from the same address).")

    def handle(self, *args, host: str | None = None, port: int | None = None, **options):
        missing = missing_roles()
        if missing:
            raise CommandError(f"The roles {', '.join(missing)} are missing: run `manage.py migrate` first.")
        with transaction.atomic(), load_run() as run:
            skeleton = build_skeleton(hostname=host, port=port)
        created = ", ".join(f"{count} {name}" for name, count in sorted(run.created.items()))
        site = skeleton.home.get_site()
        address = f"{site.hostname}:{site.port}"
        if not created and not skeleton.site_changed:
            self.stdout.write(f"The site skeleton is complete: nothing changed (site {address}).")
            return
        self.stdout.write(
            self.style.SUCCESS(f"Site skeleton created at {address}; created: {created or 'nothing'}")
        )
        if skeleton.site_changed:
            self.stdout.write(f"The default site now serves {skeleton.home.title} at {address}.")

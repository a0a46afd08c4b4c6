"""`manage.py load_demo_content`: build the CLARINET demo site without touching editors' work.

A normal run (what `make run` does every time) creates only the demo pages, snippets, images and documents
that are missing. `--reset` writes the demo's own content back over them, after a confirmation.

The demo builds on the site skeleton (`clarinet_site.skeleton`, what `manage.py create_site` creates), then
loads the site-wide demo data (`clarinet_site/demo/content.json`) and each app's, found through the app
registry (AppConfig `demo_content`, see `clarinet_site.app_contributions`): no section app is imported here.
"""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from clarinet_site.app_contributions import contributions
from clarinet_site.demo import users
from clarinet_site.demo.replay import load_file
from clarinet_site.loading import load_run
from clarinet_site.skeleton import build_skeleton

SITE_DEMO = Path(__file__).resolve().parents[2] / "demo" / "content.json"

RESET_WARNING = (
    "This writes the demo content over the demo's pages, themes, partners, images, documents and site "
    "settings, and publishes them: editors' changes to them are lost (pages keep their revision history).\n"
    "Type 'yes' to continue, or anything else to cancel: "
)


class Command(BaseCommand):
    help = (
        "Create the demo content that is missing (the site skeleton, the site pages' demo, then each app's "
        "`demo_content` data); "
        "existing content is left as editors left it. --reset restores the demo's own content."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Write the demo's own content over existing demo pages and objects, and publish them.",
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation before a reset.",
        )

    def handle(self, *args, reset: bool = False, interactive: bool = True, **options):
        if reset and interactive and input(RESET_WARNING).strip().lower() != "yes":
            raise CommandError("Reset cancelled: nothing was changed.")
        with transaction.atomic(), load_run(reset=reset) as run:
            home = build_skeleton().home
            load_file(SITE_DEMO)
            for _config, path in contributions("demo_content"):
                load_file(path)
            # Demo pages are saved and published in bulk: index them all at once, not one task each.
            call_command("rebuild_search_index", verbosity=0)
        created = ", ".join(f"{count} {name}" for name, count in sorted(run.created.items())) or "nothing"
        verb = "Demo content restored" if reset else "Demo content loaded"
        self.stdout.write(self.style.SUCCESS(f"{verb} under {home.url_path_en}; created: {created}"))
        # One user per role, only where the settings ask for them (the development settings).
        if getattr(settings, "DEMO_USERS", False):
            for email in users.load():
                self.stdout.write(f"Demo user {email} (password {users.DEMO_PASSWORD})")

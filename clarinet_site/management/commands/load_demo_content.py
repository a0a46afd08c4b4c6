"""`manage.py load_demo_content`: build the CLARINET demo site; safe to run again (nothing is duplicated)."""

import importlib

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from clarinet_site.demo import site_content, users

SECTION_APPS = ("toolkit", "campaigns", "news")


class Command(BaseCommand):
    help = "Create or update the demo content (site pages, then each section app's `demo.load(home)`)."

    @transaction.atomic
    def handle(self, *args, **options):
        home = site_content.load()
        for app in SECTION_APPS:
            try:
                module = importlib.import_module(f"{app}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app}.demo":
                    raise
                continue
            module.load(home)
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded under {home.url_path_en}"))
        # One user per role, only where the settings ask for them (the development settings).
        if getattr(settings, "DEMO_USERS", False):
            for email in users.load():
                self.stdout.write(f"Demo user {email} (password {users.DEMO_PASSWORD})")

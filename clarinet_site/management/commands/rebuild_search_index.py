"""`manage.py rebuild_search_index`: index every live page and listed document for the site search again.

Publishing, moving and document changes keep the index current through background tasks; this command is
for a first set-up, after an upgrade, or to put things right after the task worker was down for long.
`load_demo_content` runs it after loading the demo.
"""

from django.core.management.base import BaseCommand

from clarinet_site.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search's index (every live page in each language it is listed in, and documents)."

    def handle(self, *args, **options):
        written = rebuild()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {written} entries."))

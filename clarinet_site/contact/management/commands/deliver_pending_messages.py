"""`manage.py deliver_pending_messages`: e-mail contact messages the mail server did not accept before.

The safety net behind the delivery task (`clarinet_site.contact.tasks`): run it from cron (e.g. every 10
minutes). Each message is locked while it is sent, so overlapping runs and the task worker never send one twice. Exits with status 1 while messages remain pending, so cron reports it.
"""

from django.core.management.base import BaseCommand, CommandError

from clarinet_site.contact.tasks import deliver_pending


class Command(BaseCommand):
    help = "Deliver the contact messages that are stored but not yet e-mailed to the coordinator."

    def handle(self, *args, **options):
        delivered, pending = deliver_pending()
        self.stdout.write(f"Delivered {delivered} contact message(s); {pending} still pending.")
        if pending:
            raise CommandError(f"{pending} contact message(s) could not be delivered; see their last error.")

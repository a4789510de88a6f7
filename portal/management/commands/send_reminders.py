"""Reminder emails, for cron: hourly `send_reminders` (sessions a day ahead need the
hour), weekly `send_reminders --digest`.

15 * * * *  manage.py send_reminders
30 8 * * 1  manage.py send_reminders --digest
"""

from django.core.management.base import BaseCommand

from portal.tasks import send_coach_digests, send_reminders


class Command(BaseCommand):
    help = "Queue the reminders now due, or (with --digest) the coaches' weekly digest."

    def add_arguments(self, parser):
        parser.add_argument("--digest", action="store_true", help="the coaches' weekly digest")

    def handle(self, *args, digest=False, **options):
        task = send_coach_digests if digest else send_reminders
        task.enqueue()
        self.stdout.write(f"Queued {task.name}.")

"""Send the outbox, and keep sending: `make run` starts it beside the server.

Each round sends what waits, highest priority first. Mail that failed is tried again
after OUTBOX_RETRY_MIN_SECONDS, the wait doubling while the server stays away, up to
OUTBOX_RETRY_MAX_SECONDS; a retry that clears everything resets it. The hooks in
OUTBOX_RETRY_HOOKS (senders with their own ledger, like article mailings) resume on the
same schedule and return how much of theirs still waits.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils.module_loading import import_string
from mailer.engine import send_all

from core import outbox


class Command(BaseCommand):
    help = "Send the email outbox, retrying failed mail with back-off (--once for one round)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Send one round, then stop.")

    def handle(self, *args, once=False, **options):
        shortest, longest = settings.OUTBOX_RETRY_MIN_SECONDS, settings.OUTBOX_RETRY_MAX_SECONDS
        wait, retry_at = shortest, 0.0
        while True:
            due = time.monotonic() >= retry_at
            waiting_elsewhere = 0
            if due:
                outbox.retry_deferred()
                waiting_elsewhere = sum(
                    import_string(hook)() for hook in settings.OUTBOX_RETRY_HOOKS
                )
            send_all()
            failing = outbox.failed_count() or waiting_elsewhere
            now = time.monotonic()
            if due and failing:
                retry_at, wait = now + wait, min(wait * 2, longest)
            elif due:
                # All clear: look again after the longest wait, for work a crash left behind.
                retry_at, wait = now + longest, shortest
            elif failing:
                # A new failure: try again soon, not at the next sweep.
                retry_at = min(retry_at, now + wait)
            if once:
                return
            close_old_connections()  # a worker runs for days: drop connections gone stale
            time.sleep(settings.OUTBOX_POLL_SECONDS)

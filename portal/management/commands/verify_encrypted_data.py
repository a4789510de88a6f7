"""Open every stored portal value with the keyring: the check after restoring a backup.

The database and the keyring are backed up apart, so a restore can pair a database with
the wrong keyring, or with none, and nothing would show until a client signs in to an
unreadable journal. This opens every value first and fails if one will not open.

It prints counts per table, never a value. `--digest` adds a SHA-256 over every opened
value, so a restored copy can be compared with its source without showing either.
"""

import hashlib

from allauth.mfa.models import Authenticator
from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from portal import crypto, mfa
from portal.fields import PrivateModel

BATCH = 500


class Command(BaseCommand):
    help = "Check that every encrypted portal value opens with this keyring (after a restore)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--digest",
            action="store_true",
            help="Also print a SHA-256 of all the opened values, to compare two databases.",
        )

    def handle(self, *args, digest=False, **options):
        summary = hashlib.sha256()
        opened = failed = 0
        for model in apps.get_app_config("portal").get_models():
            if issubclass(model, PrivateModel) and model.encrypted_fields():
                ok, bad = self.open_model(model, summary)
                opened, failed = opened + ok, failed + bad
                self.stdout.write(f"{model._meta.label}: {ok} opened, {bad} not")
        ok, bad = self.open_authenticators(summary)
        opened, failed = opened + ok, failed + bad
        self.stdout.write(f"authenticator secrets: {ok} opened, {bad} not")
        if digest:
            self.stdout.write(f"digest: {summary.hexdigest()}")
        if failed:
            raise CommandError(
                f"{failed} of {opened + failed} encrypted values would not open. Is this the "
                "keyring that was in use when the backup was made?"
            )
        self.stdout.write(self.style.SUCCESS(f"All {opened} encrypted values open."))

    def open_model(self, model, summary):
        fields = model.encrypted_fields()
        rows = model.objects.only(*[f.attname for f in fields]).order_by("pk")
        opened = failed = 0
        for row in rows.iterator(BATCH):
            for field in fields:
                try:
                    value = getattr(row, field.attname)
                except crypto.DecryptionError:
                    failed += 1
                    continue
                if value:
                    opened += 1
                    summary.update(f"{model._meta.label}:{row.pk}:{field.name}\0{value}\0".encode())
        return opened, failed

    def open_authenticators(self, summary):
        """TOTP secrets and recovery-code seeds, sealed for their row by portal.mfa."""
        opened = failed = 0
        authenticators = Authenticator.objects.filter(type__in=mfa.SEALED_TYPES).order_by("pk")
        for authenticator in authenticators:
            binding = mfa.binding_of(authenticator.user_id, authenticator.type)
            for place, value in mfa.secrets_in(authenticator.data):
                try:
                    plain = crypto.decrypt(value, binding)
                except crypto.DecryptionError:
                    failed += 1
                    continue
                opened += 1
                summary.update(f"mfa:{authenticator.pk}:{place}\0{plain}\0".encode())
        return opened, failed

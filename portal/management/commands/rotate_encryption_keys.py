"""Re-encrypt every stored portal value with the keyring's first key.

Rotation: put the new key first in PORTAL_ENCRYPTION_KEYS (keep the old one after it),
deploy, run this command, then remove the old key. A value that will not open stops the
command with an error rather than being skipped.
"""

from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from portal import crypto
from portal.fields import PrivateModel

BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt portal text and TOTP secrets with the first key of the keyring."

    def handle(self, *args, **options):
        primary = crypto.keyring()[0][0]
        total = 0
        for model in apps.get_app_config("portal").get_models():
            if issubclass(model, PrivateModel) and model.encrypted_fields():
                count = self.rotate_model(model, primary)
                total += count
                self.stdout.write(f"{model._meta.verbose_name_plural}: {count} re-encrypted")
        count = self.rotate_totp(primary)
        self.stdout.write(f"authenticator secrets: {count} re-encrypted")
        total += count
        self.stdout.write(self.style.SUCCESS(f"Done: {total} rows now use key {primary!r}."))

    def rotate_model(self, model, primary):
        fields = model.encrypted_fields()
        count = 0
        for obj in model.objects.only("pk", *[f.attname for f in fields]).iterator(BATCH):
            stale = [
                f
                for f in fields
                if (token := f.stored_token(obj)) and crypto.key_id_of(token) != primary
            ]
            if not stale:
                continue
            for field in stale:
                getattr(obj, field.attname)  # opens the value with its old key
            with transaction.atomic():
                obj.save(update_fields=[field.attname for field in stale])
            count += 1
        return count

    def rotate_totp(self, primary):
        adapter = get_mfa_adapter()
        count = 0
        for authenticator in Authenticator.objects.filter(type=Authenticator.Type.TOTP):
            secret = authenticator.data.get("secret", "")
            if crypto.key_id_of(secret) == primary:
                continue
            # A secret stored before encryption was switched on is sealed for the first time.
            plain = adapter.decrypt(secret) if crypto.key_id_of(secret) else secret
            authenticator.data["secret"] = adapter.encrypt(plain)
            authenticator.save(update_fields=["data"])
            count += 1
        return count

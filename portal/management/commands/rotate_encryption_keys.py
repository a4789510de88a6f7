"""Re-encrypt every stored portal value with the keyring's first key.

Rotation: put the new key first in PORTAL_ENCRYPTION_KEYS (keep the old one after it),
deploy, run this command, then remove the old key. A value that will not open stops the
command with an error rather than being skipped.
"""

from allauth.mfa.models import Authenticator
from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from portal import crypto, mfa
from portal.fields import PrivateModel

BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt portal text and MFA secrets with the first key of the keyring."

    def handle(self, *args, **options):
        primary = crypto.keyring()[0][0]
        total = 0
        for model in apps.get_app_config("portal").get_models():
            if issubclass(model, PrivateModel) and model.encrypted_fields():
                count = self.rotate_model(model, primary)
                total += count
                self.stdout.write(f"{model._meta.verbose_name_plural}: {count} re-encrypted")
        count = self.rotate_mfa(primary)
        self.stdout.write(f"authenticator secrets: {count} re-encrypted")
        total += count
        self.stdout.write(self.style.SUCCESS(f"Done: {total} rows now use key {primary!r}."))

    def rotate_model(self, model, primary):
        fields = model.encrypted_fields()
        count = 0
        for pk in model.objects.values_list("pk", flat=True).iterator(BATCH):
            with transaction.atomic():
                # Read under a lock, so an edit made meanwhile is never overwritten.
                obj = (
                    model.objects.select_for_update().only(*[f.attname for f in fields]).get(pk=pk)
                )
                stale = [
                    f
                    for f in fields
                    if (token := f.stored_token(obj)) and crypto.key_id_of(token) != primary
                ]
                if not stale:
                    continue
                for field in stale:
                    getattr(obj, field.attname)  # opens the value with its old key
                obj.save(update_fields=[field.attname for field in stale])
            count += 1
        return count

    def rotate_mfa(self, primary):
        """TOTP secrets and recovery-code seeds, which allauth seals through our adapter."""
        count = 0
        for authenticator in Authenticator.objects.filter(type__in=mfa.SEALED_TYPES):
            binding = mfa.binding_of(authenticator.user_id, authenticator.type)
            if mfa.reseal(authenticator.data, binding, primary):
                authenticator.save(update_fields=["data"])
                count += 1
        return count

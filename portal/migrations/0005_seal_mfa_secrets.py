"""Seal the TOTP secrets and recovery-code seeds stored before the portal keyring did."""

from django.db import migrations


def seal(apps, schema_editor):
    from portal import crypto, mfa

    Authenticator = apps.get_model("mfa", "Authenticator")
    authenticators = Authenticator.objects.filter(type__in=["totp", "recovery_codes"])
    if not authenticators.exists():
        return
    primary = crypto.keyring()[0][0]
    for authenticator in authenticators:
        binding = mfa.binding_of(authenticator.user_id, authenticator.type)
        if mfa.reseal(authenticator.data, binding, primary, accept_unbound=True):
            authenticator.save(update_fields=["data"])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_prompt_library"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(seal, migrations.RunPython.noop)]

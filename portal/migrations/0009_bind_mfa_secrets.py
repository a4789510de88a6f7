"""Bind the sealed TOTP secrets and recovery-code seeds to their rows (DESIGN.md rule 4).

Until now one associated value sealed every row. The seal step of 0005 now binds what it
seals, so running it again binds the rows it sealed before.
"""

from importlib import import_module

from django.db import migrations

seal = import_module("portal.migrations.0005_seal_mfa_secrets").seal


class Migration(migrations.Migration):
    dependencies = [("portal", "0008_phq9_gad7")]

    operations = [migrations.RunPython(seal, migrations.RunPython.noop)]

"""Editors keep the services and fees up to date, as they keep the pages that show them.

Testimonials are not theirs: each holds a client's consent record (personal data), so only
the owner, a superuser, sees or changes them.
"""

from django.db import migrations

ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="service")
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_service",
            defaults={"name": f"Can {action} service"},
        )
        editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_testimonial_consent_can_wait"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

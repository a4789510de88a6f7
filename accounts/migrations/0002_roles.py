"""Create the role groups so every install has them, with the Wagtail rights each needs.

Wagtail's own migrations create Editors (admin access, add and edit pages, images and
documents); editors here also publish. Coaches and Clients never enter the admin: their
rights come from portal profile rows.
"""

from django.db import migrations

ROLE_GROUPS = ["Editors", "Coaches", "Clients"]


def create_roles(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    groups["Editors"].permissions.add(access_admin)

    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for codename, name in [
        ("add_page", "Can add page"),
        ("change_page", "Can change page"),
        ("publish_page", "Can publish page"),
        ("lock_page", "Can lock page"),
        ("unlock_page", "Can unlock page"),
    ]:
        permission, _ = Permission.objects.get_or_create(
            content_type=page_type, codename=codename, defaults={"name": name}
        )
        GroupPagePermission.objects.get_or_create(
            group=groups["Editors"], page=root, permission=permission
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

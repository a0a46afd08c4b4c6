"""Let the "Coordinator" group see login lockouts and lift them (django-axes' AccessAttempt records)."""

from django.db import migrations

GROUP_NAME = "Coordinator"
# (app_label, model, codename, name) of every permission the group gets.
PERMISSIONS = [
    ("axes", "accessattempt", "view_accessattempt", "Can view access attempt"),
    ("axes", "accessattempt", "delete_accessattempt", "Can delete access attempt"),
]


def permission(apps, app_label, model, codename, name):
    # On a fresh database Django creates permissions only after all migrations: create what is missing.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return perm


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(*(permission(apps, *spec) for spec in PERMISSIONS))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).first()
    if group is not None:
        group.permissions.remove(*(permission(apps, *spec) for spec in PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("clarinet_site", "0009_document_listing"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

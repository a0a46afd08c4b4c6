"""Let the Coordinator group add, change and delete partners and themes (the snippets of this app).

Any other group can be given the same rights in Settings > Groups (Wagtail's model permissions).
"""

from django.db import migrations

GROUP_NAME = "Coordinator"
MODELS = [("partnerorganisation", "partner organisation"), ("theme", "theme")]
ACTIONS = ["add", "change", "delete", "view"]


def snippet_permissions(apps):
    # On a fresh database Django creates permissions only after all migrations: create what is missing.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model, verbose_name in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="clarinet_site", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {verbose_name}"},
            )
            yield permission


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(*snippet_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).first()
    if group is not None:
        group.permissions.remove(*snippet_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("clarinet_site", "0007_roles_and_workflow")]

    operations = [migrations.RunPython(grant, revoke)]

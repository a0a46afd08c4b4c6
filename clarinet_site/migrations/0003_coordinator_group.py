"""Create the "Coordinator" group: the only non-superusers who may change the contact form's recipient
and read contact messages; it may also edit, publish and review every page and the site settings."""

from django.db import migrations

GROUP_NAME = "Coordinator"
# (app_label, model, codename, name) of every permission the group gets.
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("clarinet_site", "sitesettings", "change_sitesettings", "Can change site settings"),
    (
        "clarinet_site",
        "sitesettings",
        "change_coordinator_email",
        "Can change the coordinator e-mail address",
    ),
    ("clarinet_site", "contactsubmission", "view_contactsubmission", "Can view contact message"),
    ("clarinet_site", "contactsubmission", "delete_contactsubmission", "Can delete contact message"),
]
PAGE_PERMISSIONS = [
    ("add_page", "Can add page"),
    ("change_page", "Can change page"),
    ("publish_page", "Publish any page"),
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


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(*(permission(apps, *spec) for spec in PERMISSIONS))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename, name in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission(apps, "wagtailcore", "page", codename, name)
            )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("clarinet_site", "0002_contact_form_page"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]

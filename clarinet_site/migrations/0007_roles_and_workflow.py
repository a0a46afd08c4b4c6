"""The editorial roles (see `clarinet_site.roles`): the Coordinator's full rights, one partner editors' group per
language, and the moderation workflow in which partner editors submit and the Coordinator group reviews.

Wagtail's stock "Editors" and "Moderators" groups are removed when nobody belongs to them (a fresh site), and
their "Moderators approval" workflow is retired, so the admin offers only the roles this project describes.
"""

from django.db import migrations

COORDINATOR = "Coordinator"
LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
PARTNER_GROUP = "Partner editors ({code})"
WORKFLOW = "Coordinator approval"
TASK = "Coordinator review"

# (app_label, model, codename, name): model permissions on top of those migration 0003 gave the Coordinator.
COORDINATOR_PERMISSIONS = [
    ("clarinet_site", "partnerorganisation", "add_partnerorganisation", "Can add partner organisation"),
    ("clarinet_site", "partnerorganisation", "change_partnerorganisation", "Can change partner organisation"),
    ("clarinet_site", "partnerorganisation", "delete_partnerorganisation", "Can delete partner organisation"),
    ("clarinet_site", "partnerorganisation", "view_partnerorganisation", "Can view partner organisation"),
    ("clarinet_site", "theme", "add_theme", "Can add theme"),
    ("clarinet_site", "theme", "change_theme", "Can change theme"),
    ("clarinet_site", "theme", "delete_theme", "Can delete theme"),
    ("clarinet_site", "theme", "view_theme", "Can view theme"),
    ("auth", "user", "add_user", "Can add user"),
    ("auth", "user", "change_user", "Can change user"),
    ("auth", "user", "delete_user", "Can delete user"),
    ("auth", "group", "add_group", "Can add group"),
    ("auth", "group", "change_group", "Can change group"),
    ("auth", "group", "delete_group", "Can delete group"),
]
PARTNER_PERMISSIONS = [("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")]
# Images and documents: Wagtail checks these on the root collection (and its descendants).
COORDINATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
    ("wagtailimages", "image", "delete_image", "Can delete image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "change_document", "Can change document"),
    ("wagtaildocs", "document", "delete_document", "Can delete document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]
# Partner editors may change what they uploaded themselves (Wagtail's ownership rule for "add").
PARTNER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]
COORDINATOR_PAGE_PERMISSIONS = [("lock_page", "Lock any page"), ("unlock_page", "Unlock any page")]
PARTNER_PAGE_PERMISSIONS = [("add_page", "Can add page"), ("change_page", "Can change page")]
STOCK_GROUPS = ["Editors", "Moderators"]


def permission(apps, app_label, model, codename, name):
    # On a fresh database Django creates permissions only after all migrations: create what is missing.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return perm


def grant(apps, group, model_permissions, collection_permissions, page_permissions):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group.permissions.add(*(permission(apps, *spec) for spec in model_permissions))
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for spec in collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(apps, *spec)
            )
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename, name in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission(apps, "wagtailcore", "page", codename, name)
            )


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    coordinator, _ = Group.objects.get_or_create(name=COORDINATOR)
    grant(
        apps,
        coordinator,
        COORDINATOR_PERMISSIONS,
        COORDINATOR_COLLECTION_PERMISSIONS,
        COORDINATOR_PAGE_PERMISSIONS,
    )
    for code in LANGUAGES:
        group, _ = Group.objects.get_or_create(name=PARTNER_GROUP.format(code=code))
        grant(apps, group, PARTNER_PERMISSIONS, PARTNER_COLLECTION_PERMISSIONS, PARTNER_PAGE_PERMISSIONS)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([coordinator])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    for name in STOCK_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()
    Workflow.objects.filter(name="Moderators approval").exclude(workflow_pages__isnull=False).update(
        active=False
    )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()
    Group.objects.filter(name__in=[PARTNER_GROUP.format(code=code) for code in LANGUAGES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("clarinet_site", "0006_customimage_credit"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]

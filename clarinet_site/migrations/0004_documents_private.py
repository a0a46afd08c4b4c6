"""Documents move to the non-public storage (`STORAGES["documents"]`), each under a random folder.

Existing files are copied from the public media storage, where `/media/documents/<name>` exposed them, then
deleted there; a document whose file is already gone from the public storage is left as it is.
"""

import posixpath

from django.core.files.storage import default_storage, storages
from django.db import migrations, models

import clarinet_site.uploads.storage
from clarinet_site.uploads.storage import document_upload_to


def move_to_private_storage(apps, schema_editor):
    CustomDocument = apps.get_model("clarinet_site", "CustomDocument")
    private = storages["documents"]
    for document in CustomDocument.objects.exclude(file="").iterator():
        old_name = document.file.name
        if not default_storage.exists(old_name):
            continue
        with default_storage.open(old_name, "rb") as source:
            new_name = private.save(document_upload_to(document, posixpath.basename(old_name)), source)
        CustomDocument.objects.filter(pk=document.pk).update(file=new_name)
        default_storage.delete(old_name)


def move_to_public_storage(apps, schema_editor):
    CustomDocument = apps.get_model("clarinet_site", "CustomDocument")
    private = storages["documents"]
    for document in CustomDocument.objects.exclude(file="").iterator():
        name = document.file.name
        if not private.exists(name):
            continue
        with private.open(name, "rb") as source:
            new_name = default_storage.save(posixpath.join("documents", posixpath.basename(name)), source)
        CustomDocument.objects.filter(pk=document.pk).update(file=new_name)
        private.delete(name)


class Migration(migrations.Migration):

    dependencies = [
        ("clarinet_site", "0003_coordinator_group"),
    ]

    operations = [
        migrations.AlterField(
            model_name="customdocument",
            name="file",
            field=models.FileField(
                max_length=255,
                storage=clarinet_site.uploads.storage.document_storage,
                upload_to=clarinet_site.uploads.storage.document_upload_to,
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_to_private_storage, move_to_public_storage),
    ]

"""Images uploaded before normalisation lose their GPS position and camera metadata and are turned upright.

Each original is re-encoded as new uploads are (clarinet_site.uploads.images); renditions made from the old
file are deleted (Wagtail remakes them on demand). A turned image's focal point, picked on the sideways
pixels, no longer means anything and is cleared. Files that cannot be read are left as they are.
"""

import hashlib
import io
import posixpath

from django.core.files.base import ContentFile
from django.db import migrations
from PIL import Image, UnidentifiedImageError

from clarinet_site.uploads.images import normalised_image_bytes


def normalise_originals(apps, schema_editor):
    CustomImage = apps.get_model("clarinet_site", "CustomImage")
    for image in CustomImage.objects.exclude(file="").iterator():
        storage, old_name = image.file.storage, image.file.name
        try:
            with storage.open(old_name, "rb") as source:
                clean, _ = normalised_image_bytes(source.read())
        except (OSError, KeyError, ValueError, UnidentifiedImageError):
            continue
        with Image.open(io.BytesIO(clean)) as upright:
            width, height = upright.size
        new_name = storage.save(
            posixpath.join("original_images", posixpath.basename(old_name)), ContentFile(clean)
        )
        fields = {
            "file": new_name,
            "width": width,
            "height": height,
            "file_size": len(clean),
            "file_hash": hashlib.sha1(clean).hexdigest(),  # noqa: S324 - Wagtail's content hash, not security
        }
        if (width, height) != (image.width, image.height):
            fields.update(focal_point_x=None, focal_point_y=None, focal_point_width=None, focal_point_height=None)
        CustomImage.objects.filter(pk=image.pk).update(**fields)
        for rendition in image.renditions.all():
            rendition.file.storage.delete(rendition.file.name)
            rendition.delete()
        storage.delete(old_name)


class Migration(migrations.Migration):

    dependencies = [
        ("clarinet_site", "0004_documents_private"),
    ]

    operations = [migrations.RunPython(normalise_originals, migrations.RunPython.noop)]

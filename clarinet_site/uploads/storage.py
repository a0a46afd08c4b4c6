"""The non-public storage of documents: a folder no media or static server reaches.

Wagtail's document serve view (`WAGTAILDOCS_SERVE_METHOD = "serve_view"`) is the only reader, so collection
privacy is checked on every download. `STORAGES["documents"]` may point at any Django storage, for example
an S3 private bucket or prefix (django-storages); the README says how.
"""

import posixpath
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.functional import cached_property
from storages.backends.s3 import S3Storage

DOCUMENTS_FOLDER = "documents"


class PrivateFileSystemStorage(FileSystemStorage):
    """A local folder (`PRIVATE_MEDIA_ROOT` unless `location` is given) whose files have no public URL.

    `url()` raises NotImplementedError, which Wagtail's serve view treats as "stream it yourself".
    """

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        """Forget the folder when PRIVATE_MEDIA_ROOT changes (tests override it), as Django does for MEDIA_ROOT."""
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise NotImplementedError("Private files have no public URL; Wagtail's serve view sends them.")


class PrivateS3Storage(S3Storage):
    """A private S3-compatible bucket or prefix (django-storages) for documents: no URL, signed or not.

    Like `PrivateFileSystemStorage`, `url()` raises NotImplementedError so that no link to the bucket can
    leak (the admin, a template); Wagtail's serve view streams the file after its privacy checks.
    """

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NotImplementedError("Private files have no public URL; Wagtail's serve view sends them.")


def document_storage() -> Storage:
    """Return the storage of documents (`STORAGES["documents"]`); Django calls it once, when models load."""
    return storages["documents"]


def document_upload_to(instance, filename: str) -> str:
    """Return `documents/<random folder>/<filename>`: the download keeps its name, the path is unguessable.

    The folder name (16 URL-safe characters, 96 random bits) only adds depth to the defence: documents are
    never reachable by URL in the first place.
    """
    return posixpath.join(DOCUMENTS_FOLDER, secrets.token_urlsafe(12), filename)

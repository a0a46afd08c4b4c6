"""A system check that the private document folder is not inside a publicly served folder."""

from pathlib import Path

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def check_private_media_root(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Return an error when PRIVATE_MEDIA_ROOT lies inside MEDIA_ROOT or STATIC_ROOT (or contains one).

    Documents there would be one proxy rule away from being public, whatever Wagtail's privacy says.
    """
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    errors = []
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        public = Path(getattr(settings, name)).resolve()
        if private == public or public in private.parents or private in public.parents:
            errors.append(
                checks.Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) overlaps {name} ({public}).",
                    hint="Keep private documents in a folder that no web server serves, beside media/.",
                    id="clarinet_site.E101",
                )
            )
    return errors


@checks.register(checks.Tags.security)
def check_private_bucket_prefix(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Return an error when documents would be stored under the public media prefix of the same bucket.

    With object storage (AWS_STORAGE_BUCKET_NAME), a bucket policy that makes media public must not reach
    the documents: they need a bucket of their own or a prefix outside the media prefix.
    """
    media, documents = settings.STORAGES["default"], settings.STORAGES["documents"]
    if "OPTIONS" not in media or "bucket_name" not in media["OPTIONS"]:
        return []
    media_options, document_options = media["OPTIONS"], documents.get("OPTIONS", {})
    if document_options.get("bucket_name") != media_options["bucket_name"]:
        return []
    media_prefix = media_options.get("location", "").strip("/") + "/"
    document_prefix = document_options.get("location", "").strip("/") + "/"
    if media_prefix.startswith(document_prefix) or document_prefix.startswith(media_prefix):
        return [
            checks.Error(
                f"Documents ({document_prefix}) and media ({media_prefix}) share a prefix of bucket "
                f"{media_options['bucket_name']}.",
                hint="Set AWS_PRIVATE_PREFIX and AWS_MEDIA_PREFIX to separate prefixes, or use "
                "AWS_PRIVATE_STORAGE_BUCKET_NAME.",
                id="clarinet_site.E102",
            )
        ]
    return []

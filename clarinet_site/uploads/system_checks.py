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

"""What each installed app contributes to the site-wide commands, found through Django's app registry.

Site-wide code knows no section (design.md, "Layout"): `manage.py create_site` and `manage.py
load_demo_content` never import a section app. Instead an app's `AppConfig` declares what it brings, as
paths relative to the app's folder:

- `skeleton = "skeleton.json"`: the app's pages of the site skeleton (see `clarinet_site.skeleton`);
- `demo_content = "demo/content.json"`: the app's demo content (see `clarinet_site.demo.replay`);
- `demo_after = ("campaigns",)`: labels of apps whose demo content this app's demo refers to;
- `home_panel = "news/includes/home_panel.html"`: a template the home page includes (latest news, say).
"""

from pathlib import Path
from typing import Any

from django.apps import AppConfig, apps
from django.core.exceptions import ImproperlyConfigured


def declared(attribute: str) -> list[tuple[AppConfig, Any]]:
    """Return (app config, value) for each installed app whose AppConfig sets `attribute`, in INSTALLED_APPS
    order."""
    return [
        (config, getattr(config, attribute))
        for config in apps.get_app_configs()
        if getattr(config, attribute, None)
    ]


def contributions(attribute: str) -> list[tuple[AppConfig, Path]]:
    """Return (app config, file path) for each installed app whose AppConfig sets `attribute`.

    Apps come in INSTALLED_APPS order, except that an app comes after the apps in its `demo_after`.
    Raises ImproperlyConfigured when a declared file is missing or `demo_after` names an app that is
    not installed or makes a cycle.
    """
    found = {}
    for config, relative in declared(attribute):
        path = Path(config.path) / relative
        if not path.is_file():
            raise ImproperlyConfigured(f"{config.label}.{attribute} names a missing file: {path}")
        found[config.label] = (config, path)
    labels = {config.label for config in apps.get_app_configs()}
    ordered: list[str] = []

    def visit(label: str, seen: tuple[str, ...]) -> None:
        if label in ordered:
            return
        if label in seen:
            raise ImproperlyConfigured(f"demo_after makes a cycle: {' -> '.join((*seen, label))}")
        for before in getattr(found[label][0], "demo_after", ()):
            if before not in labels:
                raise ImproperlyConfigured(f"{label}.demo_after names {before!r}, which is not installed")
            if before in found:
                visit(before, (*seen, label))
        ordered.append(label)

    for label in found:
        visit(label, ())
    return [found[label] for label in ordered]

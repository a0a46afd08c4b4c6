"""Redirects from a page's old URL in every language after a slug change or a move.

Wagtail's own automatic redirects know one URL per page and no language prefix; with translated slugs each
language has its own path (`url_path_<code>`), and wagtail-modeltranslation rewrites descendants' paths with
a bulk update that sends no signals. So this module compares each language's path before and after a page
is saved and creates a permanent redirect `/<code>/<old path>/` for the page and each of its descendants.
"""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from clarinet_site.languages import language_codes


def url_paths(page_id: int) -> dict[str, str]:
    """Return {language code: url_path in that language (English fallback)} for the page stored as `page_id`."""
    columns = [f"url_path_{code}" for code in language_codes()]
    row = Page.objects.rewrite(False).filter(pk=page_id).values("url_path", *columns).first()
    if row is None:
        return {}
    return {
        code: row[f"url_path_{code}"] or row["url_path_en"] or row["url_path"] for code in language_codes()
    }


def public_path(url_path: str, code: str, root_paths: dict[str, str]) -> str | None:
    """Return the public path `/<code>/...` of a page's `url_path`, or None if it lies outside the site root."""
    root = root_paths.get(code)
    if not root or not url_path.startswith(root):
        return None
    return f"/{code}/{url_path[len(root) :]}"


@receiver(pre_save)
def remember_old_url_paths(sender, instance, **kwargs) -> None:
    """Keep the page's stored per-language paths on the instance, to compare after the save."""
    if isinstance(instance, Page) and instance.pk and not kwargs.get("raw"):
        instance._old_url_paths = url_paths(instance.pk)


@receiver(post_save)
def create_redirects_for_changed_paths(sender, instance, created, **kwargs) -> None:
    """Create a permanent redirect for every language whose path of this page (and its subtree) changed."""
    old = getattr(instance, "_old_url_paths", None)
    if created or not old or not isinstance(instance, Page) or not instance.live:
        return
    instance._old_url_paths = None
    new = url_paths(instance.pk)
    changed = {code: (old[code], new[code]) for code in language_codes() if old.get(code) != new.get(code)}
    if not changed:
        return
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return
    root_paths = url_paths(site.root_page_id)
    subtree = list(
        Page.objects.rewrite(False)
        .filter(path__startswith=instance.path, live=True)
        .values_list("pk", flat=True)
    )
    for code, (old_prefix, new_prefix) in changed.items():
        for page_id in subtree:
            # Descendants may not be rewritten yet (modeltranslation updates them after this save).
            current = url_paths(page_id)[code]
            prefix = new_prefix if current.startswith(new_prefix) else old_prefix
            suffix = current[len(prefix) :] if current.startswith(prefix) else ""
            old_path = public_path(old_prefix + suffix, code, root_paths)
            if old_path is None:
                continue
            Redirect.objects.update_or_create(
                old_path=Redirect.normalise_path(old_path),
                site=site,
                defaults={
                    "redirect_page_id": page_id,
                    "redirect_link": "",
                    "is_permanent": True,
                    "automatically_created": True,
                },
            )

"""Redirects from a page's old URL in every language after a slug change or a move.

Wagtail's own automatic redirects know one URL per page and no language prefix; with translated slugs each
language has its own path (`url_path_<code>`), and wagtail-modeltranslation rewrites descendants' paths with
a bulk update that sends no signals. So this module compares each language's path before and after a page
is saved and creates a permanent redirect `/<code>/<old path>/` for the page and each of its descendants.

`LanguageRedirectMiddleware` serves these and the redirects editors add in the admin: an editor's
`/old-award` works at `/old-award` and under every language prefix (`/hu/old-award/`), landing on the
target page in that language, and the visitor's query string is kept.
"""

import logging
from urllib.parse import urlparse

from django import http
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.redirects.forms import RedirectForm
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from clarinet_site.languages import current_language, language_codes

logger = logging.getLogger(__name__)


OLD_PATH_MAX_LENGTH = Redirect._meta.get_field("old_path").max_length
OLD_PATH_HELP = _(
    "Enter the old address without a language prefix, e.g. /old-award: it then works in every language "
    "(/en/old-award/, /hu/old-award/ ...), and a redirect to a page opens that page in the visitor's "
    "language. With a prefix (/hu/old-award) it works for that language only."
)


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
            old_path = Redirect.normalise_path(old_path)
            if len(old_path) > OLD_PATH_MAX_LENGTH:
                # A path longer than Redirect.old_path's column cannot be stored; such an address (a slug
                # of hundreds of characters) was never one to keep, and the rename itself must succeed.
                logger.warning(
                    "No redirect from %s...: longer than %d characters", old_path[:60], OLD_PATH_MAX_LENGTH
                )
                continue
            Redirect.objects.update_or_create(
                old_path=old_path,
                site=site,
                defaults={
                    "redirect_page_id": page_id,
                    "redirect_link": "",
                    "is_permanent": True,
                    "automatically_created": True,
                },
            )


def language_prefix(path: str) -> str | None:
    """Return the language code `path` starts with (`/hu/...` or `/hu` gives "hu"), or None."""
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in language_codes() else None


class LanguageRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirect middleware made aware of language prefixes, keeping the visitor's query string.

    For a 404 response it looks up, in order: the path with its query string, the path alone, then, when
    the path starts with a language prefix (`/hu/old-award/`), the same two without the prefix
    (`/old-award`). So a redirect an editor adds once in the admin works at the bare path and under every
    language prefix; a redirect to a page lands on that page in the language of the prefix.

    The visitor's query string (e.g. `?utm_source=newsletter`) is appended to the target unless the matched
    redirect itself named a query string; a target that has its own query gets it after `&`. Returns the
    404 response unchanged when nothing matches or the target page is gone.
    """

    @staticmethod
    def find(request: HttpRequest, candidates: list[tuple[str, bool]], code: str | None):
        """Return (redirect, keep_query) for the first candidate path with a redirect, else None."""
        asked = set()
        for candidate, keep_query in candidates:
            # A path without a query string comes twice (with and without it): one lookup is enough.
            if candidate in asked or not candidate.startswith("/") or (code and candidate == "/"):
                continue  # `/hu` is the Hungarian home page, never a redirect from `/`
            asked.add(candidate)
            redirect = get_redirect(request, candidate)
            if redirect is not None:
                return redirect, keep_query
        return None

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code != 404:
            return response
        full = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        path = urlparse(full).path
        code = language_prefix(path)
        candidates = [(full, False), (path, True)]
        if code:
            bare_full = full[len(code) + 1 :]
            candidates += [(bare_full, False), (urlparse(bare_full).path, True)]
        found = self.find(request, candidates, code)
        if found is None:
            return response
        redirect, keep_query = found
        with translation.override(code or current_language()):
            link = redirect.link
        if link is None:
            return response
        # get_full_path() percent-encodes the query string as Django's own redirects do.
        query = urlparse(request.get_full_path()).query
        if keep_query and query:
            link = f"{link}{'&' if '?' in link else '?'}{query}"
        redirect_class = (
            http.HttpResponsePermanentRedirect if redirect.is_permanent else http.HttpResponseRedirect
        )
        return redirect_class(link)


def explain_redirect_paths() -> None:
    """Tell editors on Wagtail's redirect form how "Redirect from" works with language prefixes (at start-up)."""
    RedirectForm.base_fields["old_path"].help_text = OLD_PATH_HELP

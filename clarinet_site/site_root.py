"""The root page of a site stays published: it is every language's home, and the news index and feeds below it.

Unpublishing it (alone, in a bulk action, or as a descendant of an unpublished page) or making a
never-published page a site's root would answer 404 for every public URL of the site. Wagtail's admin is
told so: the unpublish views refuse with a message, the site form shows an error on its root page field,
and an expiry date on the root page is a form error.

Loaded from `ClarinetSiteConfig.ready()`: it registers the admin hooks and the root page validator.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, Site

UNPUBLISH_REFUSED = _(
    "“%(title)s” is the home page of the website: unpublishing it would take the home page, the news and "
    "the feeds offline in every language. Unpublish the pages below it one by one instead."
)
ROOT_EXPIRY = _(
    "This is the home page of the website: when it expires, the home page, the news and the feeds go "
    "offline in every language. Leave the expiry date empty."
)
ROOT_NOT_LIVE = _(
    "This page is not published. The root page of a site is its home page in every language: publish it "
    "first, then choose it here."
)


def site_roots_affected(pages: list[Page], include_descendants: bool) -> list[Page]:
    """Return the site root pages that unpublishing `pages` (and their descendants if asked) would take down."""
    roots = list(Page.objects.filter(sites_rooted_here__isnull=False).distinct())
    affected = []
    for root in roots:
        for page in pages:
            if page.pk == root.pk or (include_descendants and root.path.startswith(page.path)):
                affected.append(root)
                break
    return affected


def _refuse(request: HttpRequest, roots: list[Page], next_url: str) -> HttpResponse:
    for root in roots:
        messages.error(request, UNPUBLISH_REFUSED % {"title": root.get_admin_display_title()})
    return redirect(next_url)


@hooks.register("before_unpublish_page")
def refuse_unpublishing_a_site_root(request: HttpRequest, page: Page) -> HttpResponse | None:
    """Wagtail hook: refuse to unpublish a site's root page; returns a redirect to its edit view with an error."""
    include_descendants = bool(request.POST.get("include_descendants"))
    roots = site_roots_affected([page], include_descendants)
    if roots:
        return _refuse(request, roots, reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_unpublishing_a_site_root(request: HttpRequest, action_type: str, objects, action):
    """Wagtail hook: refuse a bulk unpublish that includes a site's root page (or it as a descendant)."""
    if action_type != "unpublish":
        return None
    include_descendants = bool(action.cleaned_form.cleaned_data.get("include_descendants"))
    roots = site_roots_affected(list(objects), include_descendants)
    if roots:
        return _refuse(request, roots, action.next_url)
    return None


def check_root_page_expiry(page: Page) -> None:
    """Raise ValidationError on `expire_at` if `page` is a site's root page and has an expiry date.

    Wagtail's `publish_scheduled` command unpublishes expired pages without any admin hook, so the date is
    refused when the page is edited; called from `BasePage.clean()`.
    """
    if page.expire_at and page.pk and Site.objects.filter(root_page_id=page.pk).exists():
        raise ValidationError({"expire_at": ROOT_EXPIRY})


def validate_live_root_page(page_id: int) -> None:
    """Raise ValidationError unless the page `page_id` is published (the root page of a Site must be live).

    Attached to `Site.root_page` as a field validator, so Django's model validation, which Wagtail's site
    form runs, shows the error on the root page field.
    """
    if page_id is not None and not Page.objects.filter(pk=page_id, live=True).exists():
        raise ValidationError(ROOT_NOT_LIVE, code="root_page_not_live")


def register_root_page_validator() -> None:
    """Add `validate_live_root_page` to `Site.root_page` (Wagtail's model; once, at start-up)."""
    validators = Site._meta.get_field("root_page").validators
    if validate_live_root_page not in validators:
        validators.append(validate_live_root_page)

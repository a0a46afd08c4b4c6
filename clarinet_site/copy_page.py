"""Copying a page in the admin with every language's title and slug, in any script.

wagtail-modeltranslation replaces Wagtail's copy view (its `before_copy_page` hook) with a form that has a
title and a slug field per language, but builds the slug fields as ASCII-only `SlugField`s: the Greek,
Bulgarian or Hungarian slug it pre-fills is then refused with "Enter a valid slug", although the page edit
form accepts it (Wagtail allows Unicode slugs unless WAGTAIL_ALLOW_UNICODE_SLUGS is False). This module serves
the same copy view with slug fields that follow Wagtail's setting; `wagtail_hooks` registers it ahead of the
package's hook.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_modeltranslation.patch_wagtailadmin_forms import PatchedCopyForm

from clarinet_site.languages import language_codes


class CopyForm(PatchedCopyForm):
    """The per-language copy form, whose `new_slug_<code>` fields accept the slugs the edit form accepts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        for code in language_codes():
            name = f"new_slug_{code}"
            field = self.fields.get(name)
            if field is not None:
                self.fields[name] = forms.SlugField(
                    allow_unicode=allow_unicode,
                    initial=field.initial,
                    label=field.label,
                    required=field.required,
                )


def copy_page_view(request: HttpRequest, page: Page) -> HttpResponse:
    """Show and handle the copy form for `page` (a `before_copy_page` hook: always returns a response).

    Wagtail's CopyView has checked that the user may copy the page; this checks the right to add a page
    under the chosen parent (PermissionDenied otherwise) and copies titles and slugs of every language.
    """
    parent_page = page.get_parent()
    can_publish = parent_page.permissions_for_user(request.user).can_publish_subpage()
    form = CopyForm(request.POST or None, user=request.user, page=page, can_publish=can_publish)
    next_url = get_valid_next_url_from_request(request)

    if request.method == "POST" and form.is_valid():
        parent_page = form.cleaned_data["new_parent_page"] or parent_page
        recursive = form.cleaned_data.get("copy_subpages")
        if not page.permissions_for_user(request.user).can_copy_to(parent_page, recursive):
            raise PermissionDenied
        can_publish = parent_page.permissions_for_user(request.user).can_publish_subpage()
        update_attrs = {}
        for code in language_codes():
            for field_name in (f"title_{code}", f"slug_{code}"):
                update_attrs[field_name] = form.cleaned_data[f"new_{field_name}"]
        new_page = page.copy(
            recursive=recursive,
            to=parent_page,
            update_attrs=update_attrs,
            keep_live=bool(can_publish and form.cleaned_data.get("publish_copies")),
            user=request.user,
        )
        if recursive:
            messages.success(
                request,
                _("Page '%(page_title)s' and %(subpages_count)s subpages copied.")
                % {
                    "page_title": page.get_admin_display_title(),
                    "subpages_count": new_page.get_descendants().count(),
                },
            )
        else:
            messages.success(
                request, _("Page '%(page_title)s' copied.") % {"page_title": page.get_admin_display_title()}
            )
        for fn in hooks.get_hooks("after_copy_page"):
            result = fn(request, page, new_page)
            if hasattr(result, "status_code"):
                return result
        return redirect(next_url) if next_url else redirect("wagtailadmin_explore", parent_page.id)

    return render(request, "modeltranslation_copy.html", {"page": page, "form": form, "next": next_url})

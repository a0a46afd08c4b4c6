"""Wagtail hooks of uploads: who may download a document from a "log-in" restricted collection.

Loaded from `ClarinetSiteConfig.ready()`.
"""

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import CollectionViewRestriction

PARTNER_STAFF_PERMISSION = "wagtailadmin.access_admin"


@hooks.register("before_serve_document", order=100)
def serve_private_documents_to_partner_staff_only(document, request: HttpRequest) -> HttpResponse | None:
    """Return a 403 response when `document`'s collection needs a login and the user is not partner staff.

    Wagtail's own check (order 0) has already sent anonymous visitors to the login page; any account
    passes it. On this site "private, logged-in users only" means the project's partner staff: the accounts
    that may use the admin (the Coordinator and partner editor groups). Returns None to let the download go on.
    """
    needs_login = any(
        restriction.restriction_type == CollectionViewRestriction.LOGIN
        for restriction in document.collection.get_view_restrictions()
    )
    if not needs_login or request.user.has_perm(PARTNER_STAFF_PERMISSION):
        return None
    return HttpResponseForbidden(
        _("This document is for the staff of the project partners only."),
        content_type="text/plain; charset=utf-8",
    )

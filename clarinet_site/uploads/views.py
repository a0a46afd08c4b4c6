"""Serving uploads: documents through Wagtail's serve view, media from this process when SERVE_MEDIA is on.

Both send headers that stop a browser from running anything uploaded on the site's origin: `nosniff` keeps
the declared type, and a sandboxing CSP gives a file opened directly no scripts, no forms, no origin.
"""

import posixpath

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.views import static
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document

from clarinet_site.uploads.storage import DOCUMENTS_FOLDER

UPLOAD_CSP = "default-src 'none'; sandbox"
# An inline PDF cannot be sandboxed: Chrome and Safari refuse to run their PDF viewer in a sandboxed document
# (Chromium issue 413851) and show a "blocked" page instead. `nosniff` with `application/pdf` and the upload
# content check (the bytes start with %PDF-) already keep the browser from treating it as a web page.
INLINE_PDF_CSP = "default-src 'none'"
# Folders of MEDIA_ROOT never served: documents (stored elsewhere since migration 0004, closed in case files
# are copied back) and Wagtail's multiple-upload waiting room (`UploadedFile`: raw files, private documents
# included, wait there until the editor completes their details).
CLOSED_MEDIA_FOLDERS = {DOCUMENTS_FOLDER, "wagtail_uploads"}
# Wagtail's folder of image renditions in MEDIA_ROOT, and their lifetime in caches (a year, RFC 9111's
# longest advised).
RENDITIONS_FOLDER = "images"
RENDITION_MAX_AGE = 365 * 24 * 3600


def protect_upload(response: HttpResponse, csp: str = UPLOAD_CSP) -> HttpResponse:
    """Add `X-Content-Type-Options: nosniff` and a CSP forbidding scripts (`csp`) to a file response; return it."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = csp
    return response


def serve_document(request: HttpRequest, document_id: str, document_filename: str) -> HttpResponse:
    """Serve a document through Wagtail's serve view (privacy hooks included), then fix its headers.

    A file response gets the upload headers (without `sandbox` for the one inline type, PDF: INLINE_PDF_CSP),
    the document's own language as `Content-Language`, and no `Content-Encoding` (Wagtail writes the literal
    "None" for a file with no compression encoding; a stored document is never one the browser should decode). Every response about a document in a view-restricted
    collection, the login redirect included, is `Cache-Control: private, no-store`: no shared cache keeps it.
    """
    response = wagtail_serve_document(request, document_id, document_filename)
    document = get_document_model().objects.select_related("collection").filter(pk=document_id).first()
    if document is None:
        return response
    if response.streaming or response.status_code == 304:
        inline = document.content_disposition == "inline"
        protect_upload(response, INLINE_PDF_CSP if inline else UPLOAD_CSP)
        if "Content-Encoding" in response:
            del response["Content-Encoding"]
        response["Content-Language"] = document.language
    if document.collection.get_view_restrictions().exists():
        patch_cache_control(response, private=True, no_store=True)
    return response


def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """Serve a file of MEDIA_ROOT (images and renditions) with the upload headers; 404 in CLOSED_MEDIA_FOLDERS.

    A rendition (RENDITIONS_FOLDER) is cached for a year by browsers and shared caches: its file name
    changes whenever its image or filter does (Wagtail adds the filter spec and a hash of the focal point).
    """
    folder = posixpath.normpath(path).lstrip("/").split("/", 1)[0]
    if folder in CLOSED_MEDIA_FOLDERS:
        raise Http404
    response = protect_upload(static.serve(request, path, document_root=settings.MEDIA_ROOT))
    if folder == RENDITIONS_FOLDER and response.status_code in (200, 304):
        patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE, immutable=True)
    return response

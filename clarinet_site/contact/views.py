"""Serving the contact page: show the form, refuse abuse politely, store and deliver valid messages."""

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.template import loader
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from clarinet_site.contact import spam


def serve_contact_page(page, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Return the contact page response for GET (the form) or POST (thank-you page or the form with errors).

    POST order: rate limit, honeypot and fill time (`spam.check_post`: 429/400, nothing stored), then the
    form's own validation (400 with an error summary), then storage and delivery (200, the thank-you page).
    A resent POST of an already stored form shows the thank-you page again without storing a copy.
    The page sets only the CSRF cookie; the response is private and never cached.
    """
    rejection = None
    status = 200
    if request.method == "POST":
        form = page.get_form(request.POST, page=page, user=request.user)
        rejection = spam.check_post(request)
        if rejection is not None:
            status = rejection.status
            # Show what the visitor typed, without field errors: the form was not checked, only refused.
            form = page.get_form(initial=_typed_values(form), page=page, user=request.user)
        elif form.is_valid():
            submission = page.process_form_submission(form) if spam.claim_token(request) else None
            response = page.render_landing_page(request, submission, *args, **kwargs)
            return _private(response)
        else:
            status = 400
    else:
        form = page.get_form(page=page, user=request.user)

    context = page.get_context(request, *args, **kwargs)
    context["form"] = form
    context["rejection"] = rejection
    response = TemplateResponse(request, page.get_template(request, *args, **kwargs), context, status=status)
    return _private(response)


def _typed_values(form) -> dict:
    """Return the raw values the visitor typed into the bound `form`, as initial values of a new one."""
    return {
        name: field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        for name, field in form.fields.items()
    }


def _private(response: HttpResponse) -> HttpResponse:
    # The form carries a CSRF token and the thank-you page is personal: no shared cache may keep them.
    patch_cache_control(response, private=True, no_cache=True, no_store=True, max_age=0)
    return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Return a 403 page in the visitor's language explaining how to resend any form (CSRF_FAILURE_VIEW).

    Django's own page is meant for developers; visitors mostly meet this when cookies are blocked.
    """
    template = loader.get_template("403_csrf.html")
    return _private(HttpResponseForbidden(template.render({}, request)))
